import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DismissForm, ExclusionForm } from "@/components/gaming/flag-actions";
import { FlagAnswers, FlagSummary } from "@/components/gaming/flag-detail";
import { PageHeader } from "@/components/ui/page-header";
import { guardPage } from "@/lib/auth/page-guard";
import { orgSettings } from "@/lib/feed/org-settings";
import { flagScoreLines, getFlag } from "@/lib/gaming/flags";
import { dismissAction, exclusionAction } from "../actions";

export const metadata: Metadata = { title: "Flag" };

// Another org's flag and a missing one look the same (404).
export default async function FlagPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await guardPage(["admin"], `/admin/flags/${id}`);
  const [flag, org] = await Promise.all([getFlag(actor, id), orgSettings(actor.orgId)]);
  if (!flag) notFound();
  const lines = await flagScoreLines(actor.orgId, flag);
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <PageHeader title={flag.subject} back={{ href: "/admin/flags", label: "Flags" }} />
      <FlagSummary flag={flag} timeZone={org.timeZone} lines={lines} />
      <ExclusionForm
        flagId={flag.id}
        counted={flag.n - flag.excluded}
        excluded={flag.excluded}
        action={exclusionAction}
      />
      <FlagAnswers answers={flag.answers} timeZone={org.timeZone} />
      {!flag.dismissedAt && <DismissForm flagId={flag.id} action={dismissAction} />}
    </div>
  );
}
