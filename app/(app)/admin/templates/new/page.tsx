import type { Metadata } from "next";
import { TemplateEditor } from "@/components/admin/template-editor";
import { PageHeader } from "@/components/ui/page-header";
import { orgName } from "@/lib/admin/templates";
import { guardPage } from "@/lib/auth/page-guard";
import { DEFAULT_TEMPLATE } from "@/lib/surveys/template-schema";
import { addTemplate } from "../actions";

export const metadata: Metadata = { title: "New template" };

export default async function NewTemplatePage() {
  const actor = await guardPage(["admin"], "/admin/templates/new");
  return (
    <>
      <PageHeader
        title="New template"
        back={{ href: "/admin/templates", label: "Templates" }}
        description="Starts from the built-in questions and translations; change what you like."
      />
      <TemplateEditor
        initial={{ name: "", isDefault: false, definition: DEFAULT_TEMPLATE }}
        orgName={await orgName(actor)}
        save={addTemplate}
      />
    </>
  );
}
