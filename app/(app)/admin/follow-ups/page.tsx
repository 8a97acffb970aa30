import type { Metadata } from "next";
import { FollowUpQueue } from "@/components/followups/queue";
import { guardPage } from "@/lib/auth/page-guard";
import { listFollowUps } from "@/lib/followups/queue";
import { queueFilterSchema } from "@/lib/followups/schema";
import { orgSettings } from "@/lib/feed/org-settings";
import { db } from "@/lib/db";
import { assigneeScope } from "@/lib/followups/access";

export const metadata: Metadata = { title: "Follow-ups" };

type Search = Promise<Record<string, string | undefined>>;

export default async function FollowUpsPage({ searchParams }: { searchParams: Search }) {
  const actor = await guardPage(["admin", "manager"], "/admin/follow-ups");
  const filter = queueFilterSchema.parse(await searchParams);
  const [queue, org, assignees] = await Promise.all([
    listFollowUps(actor, filter),
    orgSettings(actor.orgId),
    db.user.findMany({ where: assigneeScope(actor.orgId), select: { id: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  return (
    <FollowUpQueue
      queue={queue}
      filter={filter}
      assignees={assignees}
      timeZone={org.timeZone}
      escalateHours={org.followUpEscalateHours}
    />
  );
}
