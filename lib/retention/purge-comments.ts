// Comment retention: where an organisation keeps comment texts for N days only, older comments
// are deleted (the words only; the scores they came with still count) and the audit log records
// that it happened and how many, never what they said.
import { recordAudit } from "../audit/record";
import { db } from "../db";

const DAY_MS = 86_400_000;

/** Deletes comment texts older than each organisation's commentRetentionDays; returns counts by org. */
export async function purgeOldComments(now = new Date()): Promise<{ orgId: string; deleted: number }[]> {
  const orgs = await db.organization.findMany({
    where: { commentRetentionDays: { not: null } },
    select: { id: true, commentRetentionDays: true },
  });
  const out: { orgId: string; deleted: number }[] = [];
  for (const org of orgs) {
    const before = new Date(now.getTime() - org.commentRetentionDays! * DAY_MS);
    const deleted = await db.$transaction(async (tx) => {
      const { count } = await tx.response.updateMany({
        where: { orgId: org.id, comment: { not: null }, answeredAt: { lt: before } },
        data: { comment: null },
      });
      if (count > 0)
        await recordAudit(tx, {
          orgId: org.id,
          actorId: null,
          action: "retention.comments",
          reason: `${count} comment ${count === 1 ? "text" : "texts"} older than ${org.commentRetentionDays} days`,
        });
      return count;
    });
    out.push({ orgId: org.id, deleted });
  }
  return out;
}
