import type { Metadata } from "next";
import { RuleForm } from "@/components/admin/rule-form";
import { PageHeader } from "@/components/ui/page-header";
import { ruleChoices } from "@/lib/admin/rule-choices";
import { guardPage } from "@/lib/auth/page-guard";
import { addRule } from "../actions";

export const metadata: Metadata = { title: "New rule" };

export default async function NewRulePage() {
  const actor = await guardPage(["admin"], "/admin/rules/new");
  return (
    <>
      <PageHeader title="New rule" back={{ href: "/admin/rules", label: "Rules" }} />
      <RuleForm choices={await ruleChoices(actor)} save={addRule} />
    </>
  );
}
