// Saving detected flags: a new key is a new flag; a known key that is still open gets its newest
// numbers and any new answers (answers are only ever added, never unlinked); a dismissed flag is
// left alone. A person has at most one open share-jump flag, and none for 14 days after an admin
// dismissed the last one. Each flag is saved on its own, so two servers racing on the same key
// lose nothing: the loser finds the winner's flag next round.
import { db } from "../db";
import { RECENT_DAYS } from "./share-jump";
import type { FlagDraft } from "./types";

const DAY_MS = 86_400_000;

async function subjectWords(orgId: string, drafts: FlagDraft[]): Promise<Map<string, string>> {
  const userIds = new Set<string>();
  const keyIds = new Set<string>();
  for (const d of drafts) {
    if (!d.subjectId) continue;
    if (d.subjectId.startsWith("kiosk:")) keyIds.add(d.subjectId.slice(6));
    else if (!d.subjectId.startsWith("addr:")) userIds.add(d.subjectId);
  }
  const [users, keys] = await Promise.all([
    db.user.findMany({ where: { orgId, id: { in: [...userIds] } }, select: { id: true, name: true } }),
    db.apiKey.findMany({ where: { orgId, id: { in: [...keyIds] } }, select: { id: true, name: true } }),
  ]);
  const out = new Map<string, string>();
  for (const u of users) out.set(u.id, u.name);
  for (const k of keys) out.set(`kiosk:${k.id}`, `Kiosk key “${k.name}”`);
  return out;
}

function subjectOf(d: FlagDraft, words: Map<string, string>): string {
  if (!d.subjectId) return "Nobody credited";
  if (d.subjectId.startsWith("addr:")) return `One address (…${d.subjectId.slice(-4)})`;
  return words.get(d.subjectId) ?? (d.subjectId.startsWith("kiosk:") ? "A kiosk key" : "A former colleague");
}

export async function saveFlags(
  orgId: string,
  drafts: FlagDraft[],
  now: Date,
): Promise<{ raised: number; updated: number }> {
  const words = await subjectWords(orgId, drafts);
  let raised = 0;
  let updated = 0;
  for (const d of drafts) {
    let key = d.key;
    if (d.kind === "share-jump") {
      const last = await db.gamingFlag.findFirst({
        where: { orgId, kind: "share-jump", subjectId: d.subjectId },
        orderBy: { createdAt: "desc" },
        select: { key: true, dismissedAt: true },
      });
      if (last && !last.dismissedAt) key = last.key;
      else if (last?.dismissedAt && now.getTime() - last.dismissedAt.getTime() < RECENT_DAYS * DAY_MS) continue;
      else key = `${d.key}:${now.toISOString().slice(0, 10)}`;
    }
    const existing = await db.gamingFlag.findUnique({
      where: { orgId_key: { orgId, key } },
      select: { id: true, dismissedAt: true, firstAt: true, lastAt: true, answers: { select: { responseId: true } } },
    });
    const fields = {
      subject: subjectOf(d, words),
      subjectId: d.subjectId,
      summary: d.summary,
      firstAt: d.firstAt,
      lastAt: d.lastAt,
    };
    try {
      if (!existing) {
        await db.gamingFlag.create({
          data: {
            orgId,
            kind: d.kind,
            key,
            ...fields,
            n: d.responseIds.length,
            createdAt: now,
            updatedAt: now,
            answers: { create: d.responseIds.map((responseId) => ({ responseId })) },
          },
        });
        raised++;
        continue;
      }
      if (existing.dismissedAt) continue;
      const known = new Set(existing.answers.map((a) => a.responseId));
      const added = d.responseIds.filter((id) => !known.has(id));
      await db.$transaction(async (tx) => {
        if (added.length)
          await tx.gamingFlagAnswer.createMany({
            data: added.map((responseId) => ({ flagId: existing.id, responseId })),
          });
        await tx.gamingFlag.update({
          where: { id: existing.id },
          data: {
            ...fields,
            firstAt: d.firstAt < existing.firstAt ? d.firstAt : existing.firstAt,
            lastAt: d.lastAt > existing.lastAt ? d.lastAt : existing.lastAt,
            n: known.size + added.length,
            updatedAt: added.length ? now : undefined,
          },
        });
      });
      if (added.length) updated++;
    } catch (error) {
      // Another server saved the same key first: its flag stands, and the next round refreshes it.
      if ((error as { code?: string }).code !== "P2002") throw error;
    }
  }
  return { raised, updated };
}
