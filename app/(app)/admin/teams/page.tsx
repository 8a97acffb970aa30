import type { Metadata } from "next";
import Link from "next/link";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { listTeams } from "@/lib/admin/teams";
import { guardPage } from "@/lib/auth/page-guard";

export const metadata: Metadata = { title: "Teams" };

export default async function TeamsPage() {
  const actor = await guardPage(["admin"], "/admin/teams");
  const teams = await listTeams(actor);
  const add = <ButtonLink href="/admin/teams/new">New team</ButtonLink>;
  return (
    <>
      <PageHeader
        title="Teams"
        description="Managers see their team's scores. Put people in a team from their Staff page."
        actions={add}
      />
      {teams.length === 0 ? (
        <EmptyState title="No teams yet" action={add}>
          Teams group people (counter, bakery, delivery) so rules can credit a whole shift at once.
        </EmptyState>
      ) : (
        <Table caption="Teams">
          <thead>
            <tr>
              <Th>Team</Th>
              <Th>Manager</Th>
              <Th className="text-right">Active members</Th>
            </tr>
          </thead>
          <tbody>
            {teams.map((t) => (
              <tr key={t.id}>
                <Td>
                  <Link href={`/admin/teams/${t.id}`} className="font-medium">
                    {t.name}
                  </Link>
                </Td>
                <Td>{t.manager?.name ?? <span className="text-ink-faint">—</span>}</Td>
                <Td className="text-right tabular-nums">{t._count.members}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </>
  );
}
