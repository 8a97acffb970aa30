import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { TeamView } from "@/components/dashboard/team-view";
import { EmptyState } from "@/components/ui/empty-state";
import { AuthError } from "@/lib/auth/authorize";
import { guardPage } from "@/lib/auth/page-guard";
import { parsePeriodKey } from "@/lib/feed/period";
import { teamView } from "@/lib/feed/team-view";

export const metadata: Metadata = { title: "Team" };

type Search = Promise<{ team?: string; period?: string }>;

export default async function TeamPage({ searchParams }: { searchParams: Search }) {
  const actor = await guardPage(["manager", "admin"], "/team");
  const sp = await searchParams;
  const v = await teamView(actor, sp.team || undefined, parsePeriodKey(sp.period)).catch((e) => {
    if (e instanceof AuthError) forbidden();
    throw e;
  });
  if (!v)
    return (
      <EmptyState title="No team yet">
        An admin can make you the manager of a team under Teams; its scores will show here.
      </EmptyState>
    );
  return <TeamView v={v} />;
}
