import type { Metadata } from "next";
import { StaffTable } from "@/components/admin/staff-table";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { listStaff } from "@/lib/admin/staff";
import { guardPage } from "@/lib/auth/page-guard";

export const metadata: Metadata = { title: "Staff" };

export default async function StaffPage() {
  const actor = await guardPage(["admin"], "/admin/staff");
  const people = await listStaff(actor);
  return (
    <>
      <PageHeader
        title="Staff"
        description="Everyone who can sign in or be credited for an interaction."
        actions={<ButtonLink href="/admin/staff/new">Add person</ButtonLink>}
      />
      {people.length === 0 ? (
        <EmptyState
          title="No one here yet"
          action={<ButtonLink href="/admin/staff/new">Add the first person</ButtonLink>}
        >
          Add your frontline and back-office colleagues so answers can credit them.
        </EmptyState>
      ) : (
        <StaffTable people={people} />
      )}
    </>
  );
}
