import type { Metadata } from "next";
import { DriverTable } from "@/components/reports/driver-table";
import { guardPage } from "@/lib/auth/page-guard";
import { parsePeriodKey } from "@/lib/feed/period";
import { driverView } from "@/lib/reports/driver-view";

export const metadata: Metadata = { title: "What moves NPS" };

export default async function DriversPage({ searchParams }: { searchParams: Promise<{ period?: string }> }) {
  const actor = await guardPage(["admin"], "/admin/drivers");
  const v = await driverView(actor, parsePeriodKey((await searchParams).period));
  return <DriverTable v={v} />;
}
