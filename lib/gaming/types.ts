// What the gaming detectors read and what they propose. Pure data: the detectors are plain
// functions (lib/gaming/*.ts) tested without a database; lib/gaming/compute-flags.ts feeds them.

export type FlagKind = "burst" | "share-jump" | "asked-for-ten" | "kiosk-speed";
export const FLAG_KINDS: readonly FlagKind[] = ["burst", "share-jump", "asked-for-ten", "kiosk-speed"];

/** One stored answer as the detectors see it. */
export type ScanAnswer = {
  id: string;
  answeredAt: Date;
  nps: number | null;
  csat: number | null;
  comment: string | null;
  origin: string | null;
  /** The people it credits (accepted disputes left out). */
  credits: string[];
};

/** A flag a detector proposes; the same key on the next run is the same flag. */
export type FlagDraft = {
  kind: FlagKind;
  key: string;
  /** The origin, person or kiosk key it is about; null for a comment credited to nobody. */
  subjectId: string | null;
  summary: string;
  responseIds: string[];
  firstAt: Date;
  lastAt: Date;
};

/** A top score: NPS 10, or CSAT 5 when the customer skipped NPS. Answers with neither are not scored here. */
export function topScore(a: Pick<ScanAnswer, "nps" | "csat">): boolean | null {
  if (a.nps != null) return a.nps === 10;
  if (a.csat != null) return a.csat === 5;
  return null;
}

export function byTime<T extends { answeredAt: Date; id: string }>(list: T[]): T[] {
  return [...list].sort((a, b) => a.answeredAt.getTime() - b.answeredAt.getTime() || (a.id < b.id ? -1 : 1));
}

export function groupBy<T>(list: T[], key: (t: T) => string | null): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const t of list) {
    const k = key(t);
    if (k === null) continue;
    const g = out.get(k);
    if (g) g.push(t);
    else out.set(k, [t]);
  }
  return out;
}

export function pct(x: number): string {
  return `${Math.round(100 * x)}%`;
}
