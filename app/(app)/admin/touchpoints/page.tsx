import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { listTouchpoints } from "@/lib/admin/touchpoints";
import { guardPage } from "@/lib/auth/page-guard";

export const metadata: Metadata = { title: "Touchpoints" };

export default async function TouchpointsPage() {
  const actor = await guardPage(["admin"], "/admin/touchpoints");
  const touchpoints = await listTouchpoints(actor);
  const add = <ButtonLink href="/admin/touchpoints/new">New touchpoint</ButtonLink>;
  return (
    <>
      <PageHeader
        title="Touchpoints"
        description="The places and channels where customers meet you. Each has a printable QR poster."
        actions={add}
      />
      {touchpoints.length === 0 ? (
        <EmptyState title="No touchpoints yet" action={add}>
          Add one for each counter, table, van or chat channel you want answers from.
        </EmptyState>
      ) : (
        <Table caption="Touchpoints">
          <thead>
            <tr>
              <Th>Touchpoint</Th>
              <Th className="hidden sm:table-cell">Template</Th>
              <Th className="hidden md:table-cell">Follow-up manager</Th>
              <Th className="hidden text-right sm:table-cell">Interactions</Th>
              <Th>
                <span className="sr-only">Poster</span>
              </Th>
            </tr>
          </thead>
          <tbody>
            {touchpoints.map((t) => (
              <tr key={t.id} className={t.active ? "" : "text-ink-faint"}>
                <Td>
                  <Link href={`/admin/touchpoints/${t.id}`} className="font-medium">
                    {t.name}
                  </Link>
                  {!t.active && <Badge className="ml-2">Inactive</Badge>}
                  <div className="font-mono text-xs text-ink-faint">{t.slug}</div>
                  {t.manager && <div className="text-xs text-ink-faint md:hidden">Follow-ups: {t.manager}</div>}
                </Td>
                <Td className="hidden sm:table-cell">
                  {t.template?.name ?? <span className="text-ink-faint">Default</span>}
                </Td>
                <Td className="hidden md:table-cell" data-testid="tp-manager">
                  {t.manager ?? <span className="text-ink-faint">The admins</span>}
                </Td>
                <Td className="hidden text-right tabular-nums sm:table-cell">{t._count.interactions}</Td>
                <Td className="text-right">
                  {t.active && (
                    <Link href={`/admin/touchpoints/${t.id}/poster`} className="text-sm whitespace-nowrap">
                      QR poster
                    </Link>
                  )}
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </>
  );
}
