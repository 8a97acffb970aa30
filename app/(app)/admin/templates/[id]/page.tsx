import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TemplateEditor } from "@/components/admin/template-editor";
import { PageHeader } from "@/components/ui/page-header";
import { getTemplate, orgName } from "@/lib/admin/templates";
import { guardPage } from "@/lib/auth/page-guard";
import { editTemplate } from "../actions";

export const metadata: Metadata = { title: "Edit template" };

export default async function EditTemplatePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await guardPage(["admin"], `/admin/templates/${id}`);
  const t = await getTemplate(actor, id);
  if (!t) notFound();
  const note =
    t.responses > 0
      ? `Version ${t.version} has ${t.responses} responses, so saving creates version ${t.version + 1}. Earlier answers keep the questions they saw.`
      : undefined;
  return (
    <>
      <PageHeader
        title={t.name}
        back={{ href: "/admin/templates", label: "Templates" }}
        description={`Version ${t.version}`}
      />
      <TemplateEditor
        key={t.version}
        initial={{ name: t.name, isDefault: t.isDefault, definition: t.definition }}
        orgName={await orgName(actor)}
        save={editTemplate.bind(null, id)}
        note={note}
      />
    </>
  );
}
