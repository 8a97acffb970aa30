import type { Metadata } from "next";
import { StaffForm } from "@/components/admin/staff-form";
import { PageHeader } from "@/components/ui/page-header";
import { teamOptions } from "@/lib/admin/options";
import { guardPage } from "@/lib/auth/page-guard";
import { addStaff } from "../actions";

export const metadata: Metadata = { title: "Add person" };

export default async function NewStaffPage() {
  const actor = await guardPage(["admin"], "/admin/staff/new");
  return (
    <>
      <PageHeader
        title="Add person"
        back={{ href: "/admin/staff", label: "Staff" }}
        description="They get a one-time password to sign in with."
      />
      <StaffForm teams={await teamOptions(actor)} create={addStaff} />
    </>
  );
}
