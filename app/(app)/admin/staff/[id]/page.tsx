import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { StaffAccountActions } from "@/components/admin/staff-account-actions";
import { StaffForm } from "@/components/admin/staff-form";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { teamOptions } from "@/lib/admin/options";
import { getStaffMember } from "@/lib/admin/staff";
import { guardPage } from "@/lib/auth/page-guard";
import { editStaff, resetPassword, setActive } from "../actions";

export const metadata: Metadata = { title: "Edit person" };

export default async function EditStaffPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await guardPage(["admin"], `/admin/staff/${id}`);
  const person = await getStaffMember(actor, id);
  if (!person) notFound();
  return (
    <>
      <PageHeader
        title={person.name}
        back={{ href: "/admin/staff", label: "Staff" }}
        description={person.active ? undefined : <Badge>Inactive</Badge>}
      />
      <div className="space-y-6">
        <StaffForm
          teams={await teamOptions(actor)}
          initial={{ ...person, teamId: person.teamId ?? "" }}
          update={editStaff.bind(null, id)}
        />
        <section aria-labelledby="account-h" className="space-y-3 border-t border-line pt-5">
          <h2 id="account-h" className="text-lg font-semibold">
            Account
          </h2>
          <StaffAccountActions
            name={person.name}
            active={person.active}
            isSelf={id === actor.userId}
            setActive={setActive.bind(null, id)}
            resetPassword={resetPassword.bind(null, id)}
          />
        </section>
      </div>
    </>
  );
}
