import type { Metadata } from "next";
import { AdminDashboard } from "@/components/dashboard/admin-dashboard";
import { guardPage } from "@/lib/auth/page-guard";
import { adminDashboard } from "@/lib/feed/dashboard";
import { parsePeriodKey } from "@/lib/feed/period";

export const metadata: Metadata = { title: "Dashboard" };

export default async function AdminHome({ searchParams }: { searchParams: Promise<{ period?: string }> }) {
  const actor = await guardPage(["admin"], "/admin");
  const d = await adminDashboard(actor, parsePeriodKey((await searchParams).period));
  return <AdminDashboard d={d} />;
}
