import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RuleForm } from "@/components/admin/rule-form";
import { PageHeader } from "@/components/ui/page-header";
import { ruleChoices } from "@/lib/admin/rule-choices";
import { getRuleForm } from "@/lib/admin/rules";
import { guardPage } from "@/lib/auth/page-guard";
import { editRule } from "../actions";

export const metadata: Metadata = { title: "Edit rule" };

export default async function EditRulePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await guardPage(["admin"], `/admin/rules/${id}`);
  const rule = await getRuleForm(actor, id);
  if (!rule) notFound();
  return (
    <>
      <PageHeader
        title="Edit rule"
        back={{ href: "/admin/rules", label: "Rules" }}
        description="Changes apply to interactions created from now on."
      />
      <RuleForm choices={await ruleChoices(actor)} initial={rule} save={editRule.bind(null, id)} />
    </>
  );
}
