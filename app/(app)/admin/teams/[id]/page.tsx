import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TeamForm } from "@/components/admin/team-form";
import { PageHeader } from "@/components/ui/page-header";
import { personOptions } from "@/lib/admin/options";
import { getTeam } from "@/lib/admin/teams";
import { guardPage } from "@/lib/auth/page-guard";
import { editTeam } from "../actions";

export const metadata: Metadata = { title: "Edit team" };

export default async function EditTeamPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await guardPage(["admin"], `/admin/teams/${id}`);
  const team = await getTeam(actor, id);
  if (!team) notFound();
  return (
    <>
      <PageHeader
        title={team.name}
        back={{ href: "/admin/teams", label: "Teams" }}
        description={
          team.members.length
            ? `Members: ${team.members.join(", ")}`
            : "No members yet. Add people from their Staff page."
        }
      />
      <TeamForm
        managers={await personOptions(actor, ["manager", "admin"])}
        initial={{ name: team.name, managerId: team.managerId ?? "" }}
        save={editTeam.bind(null, id)}
      />
    </>
  );
}
