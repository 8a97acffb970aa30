import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CaseView } from "@/components/followups/case-view";
import { guardPage } from "@/lib/auth/page-guard";
import { getFollowUpCase } from "@/lib/followups/case";
import { orgSettings } from "@/lib/feed/org-settings";
import { markReadFor } from "@/lib/notifications/inbox";

export const metadata: Metadata = { title: "Follow-up" };

// Out of scope and missing look the same (404), so ids of other orgs' cases reveal nothing.
export default async function FollowUpCasePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await guardPage(["admin", "manager"], `/admin/follow-ups/${id}`);
  const [c, org] = await Promise.all([getFollowUpCase(actor, id), orgSettings(actor.orgId)]);
  if (!c) notFound();
  // Opening the case reads the notifications that lead here.
  await markReadFor(actor, { followUpId: c.id });
  return <CaseView c={c} timeZone={org.timeZone} escalateHours={org.followUpEscalateHours} />;
}
