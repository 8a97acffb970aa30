import type { Metadata } from "next";
import { RuleList } from "@/components/admin/rule-list";
import { RulePreview } from "@/components/admin/rule-preview";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { touchpointOptions } from "@/lib/admin/options";
import { listRules } from "@/lib/admin/rules";
import { guardPage } from "@/lib/auth/page-guard";
import { preview, removeRule } from "./actions";

export const metadata: Metadata = { title: "Attribution rules" };

export default async function RulesPage() {
  const actor = await guardPage(["admin"], "/admin/rules");
  const [rules, touchpoints] = await Promise.all([listRules(actor), touchpointOptions(actor)]);
  const add = <ButtonLink href="/admin/rules/new">New rule</ButtonLink>;
  return (
    <>
      <PageHeader
        title="Attribution rules"
        description="Who else shaped an interaction: the bakers behind the counter, the dispatcher behind the van. Rules apply when an interaction is created."
        actions={add}
      />
      <div className="space-y-6">
        {rules.length === 0 ? (
          <EmptyState title="No rules yet" action={add}>
            Without rules, answers credit only the people named when the interaction is created.
          </EmptyState>
        ) : (
          <RuleList rules={rules} remove={removeRule} />
        )}
        <RulePreview touchpoints={touchpoints} preview={preview} />
      </div>
    </>
  );
}
