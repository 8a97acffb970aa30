// Computing an organisation's gaming flags: read the answers of the last weeks, run the four
// detectors (lib/gaming/*.ts), and save what they propose (lib/gaming/save-flags.ts). Run on a
// schedule by every server (lib/gaming/scheduler.ts) and on demand from Admin → Flags.
import { db } from "../db";
import { detectAskedForTen } from "./asked-for-ten";
import { detectBursts, topRate } from "./bursts";
import { detectKioskSpeed } from "./kiosk-speed";
import { saveFlags } from "./save-flags";
import { detectShareJumps, shareWindows } from "./share-jump";
import type { FlagDraft, ScanAnswer } from "./types";

const DAY_MS = 86_400_000;
/** Bursts, kiosk speed and comments look at the answers of the last two weeks. */
export const SCAN_DAYS = 14;
const PAGE = 5000;

async function scanAnswers(orgId: string, from: Date, to: Date): Promise<ScanAnswer[]> {
  const out: ScanAnswer[] = [];
  let cursor: string | undefined;
  for (;;) {
    const page = await db.response.findMany({
      where: { orgId, answeredAt: { gte: from, lt: to }, ...(cursor ? { id: { gt: cursor } } : {}) },
      orderBy: { id: "asc" },
      take: PAGE,
      select: {
        id: true,
        answeredAt: true,
        nps: true,
        csat: true,
        comment: true,
        origin: true,
        interaction: { select: { contributions: { where: { excludedAt: null }, select: { userId: true } } } },
      },
    });
    for (const r of page)
      out.push({
        id: r.id,
        answeredAt: r.answeredAt,
        nps: r.nps,
        csat: r.csat,
        comment: r.comment,
        origin: r.origin,
        credits: r.interaction.contributions.map((c) => c.userId),
      });
    if (page.length < PAGE) break;
    cursor = page[page.length - 1].id;
  }
  return out;
}

/** Every flag the answers up to `now` support; excluded answers included, so a flag stays as it was raised. */
export function detectAll(answers: ScanAnswer[], now: Date): FlagDraft[] {
  const recent = answers.filter((a) => a.answeredAt.getTime() >= now.getTime() - SCAN_DAYS * DAY_MS);
  return [
    // The organisation's rate of top scores over the whole history read, not only the recent weeks.
    ...detectBursts(recent, topRate(answers)),
    ...detectKioskSpeed(recent),
    ...detectAskedForTen(recent),
    ...detectShareJumps(answers, now),
  ];
}

export async function computeFlags(orgId: string, now = new Date()): Promise<{ raised: number; updated: number }> {
  const w = shareWindows(now);
  const answers = await scanAnswers(orgId, w.baseFrom, new Date(now.getTime() + 1));
  return saveFlags(orgId, detectAll(answers, now), now);
}

/** The scheduled round: every organisation, one after another. */
export async function computeAllFlags(now = new Date()): Promise<void> {
  const orgs = await db.organization.findMany({ select: { id: true } });
  for (const o of orgs) await computeFlags(o.id, now);
}
