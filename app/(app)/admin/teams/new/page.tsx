import type { Metadata } from "next";
import { TeamForm } from "@/components/admin/team-form";
import { PageHeader } from "@/components/ui/page-header";
import { personOptions } from "@/lib/admin/options";
import { guardPage } from "@/lib/auth/page-guard";
import { addTeam } from "../actions";

export const metadata: Metadata = { title: "New team" };

export default async function NewTeamPage() {
  const actor = await guardPage(["admin"], "/admin/teams/new");
  return (
    <>
      <PageHeader title="New team" back={{ href: "/admin/teams", label: "Teams" }} />
      <TeamForm managers={await personOptions(actor, ["manager", "admin"])} save={addTeam} />
    </>
  );
}
