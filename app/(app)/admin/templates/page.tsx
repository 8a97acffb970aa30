import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { listTemplates } from "@/lib/admin/templates";
import { guardPage } from "@/lib/auth/page-guard";

export const metadata: Metadata = { title: "Templates" };

export default async function TemplatesPage() {
  const actor = await guardPage(["admin"], "/admin/templates");
  const templates = await listTemplates(actor);
  const add = <ButtonLink href="/admin/templates/new">New template</ButtonLink>;
  return (
    <>
      <PageHeader
        title="Survey templates"
        description="The questions customers answer, in English, Japanese, German, Russian and Finnish."
        actions={add}
      />
      {templates.length === 0 ? (
        <EmptyState title="No templates yet" action={add}>
          Until you add one, surveys use Ensemble&apos;s built-in template: NPS, satisfaction, effort, what stood out
          and a comment.
        </EmptyState>
      ) : (
        <Table caption="Templates">
          <thead>
            <tr>
              <Th>Template</Th>
              <Th className="text-right">Version</Th>
              <Th className="hidden text-right sm:table-cell">Responses</Th>
              <Th className="hidden text-right sm:table-cell">Touchpoints</Th>
            </tr>
          </thead>
          <tbody>
            {templates.map((t) => (
              <tr key={t.id}>
                <Td>
                  <Link href={`/admin/templates/${t.id}`} className="font-medium">
                    {t.name}
                  </Link>
                  {t.isDefault && (
                    <Badge tone="brand" className="ml-2">
                      default
                    </Badge>
                  )}
                </Td>
                <Td className="text-right tabular-nums">v{t.version}</Td>
                <Td className="hidden text-right tabular-nums sm:table-cell">{t.responses}</Td>
                <Td className="hidden text-right tabular-nums sm:table-cell">{t.touchpoints}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </>
  );
}
