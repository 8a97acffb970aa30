// A kiosk answering faster than a person can: reading even a one-question survey and tapping an
// answer takes a person more than a few seconds, and the next customer has to step up. A run of
// at least 5 successive answers from one kiosk key, each less than 4 s after the one before
// (on the kiosk's own clock, so an offline backlog sent at once does not count), is flagged.
import { byTime, groupBy, type FlagDraft, type ScanAnswer } from "./types";

export const HUMAN_FLOOR_MS = 4000;
export const SPEED_MIN_RUN = 5;

export function detectKioskSpeed(answers: ScanAnswer[]): FlagDraft[] {
  const out: FlagDraft[] = [];
  const kiosks = groupBy(answers, (a) => (a.origin?.startsWith("kiosk:") ? a.origin : null));
  for (const [origin, list] of kiosks) {
    const sorted = byTime(list);
    let start = 0;
    for (let i = 1; i <= sorted.length; i++) {
      const fast =
        i < sorted.length && sorted[i].answeredAt.getTime() - sorted[i - 1].answeredAt.getTime() < HUMAN_FLOOR_MS;
      if (fast) continue;
      const run = sorted.slice(start, i);
      if (run.length >= SPEED_MIN_RUN) {
        const gaps = run.slice(1).map((a, j) => a.answeredAt.getTime() - run[j].answeredAt.getTime());
        const mean = gaps.reduce((s, g) => s + g, 0) / gaps.length;
        out.push({
          kind: "kiosk-speed",
          key: `kiosk-speed:${origin}:${run[0].id}`,
          subjectId: origin,
          summary: `${run.length} answers in a row, on average ${(mean / 1000).toFixed(1)} s apart (fastest ${(Math.min(...gaps) / 1000).toFixed(1)} s); a person needs at least ${HUMAN_FLOOR_MS / 1000} s.`,
          responseIds: run.map((a) => a.id),
          firstAt: run[0].answeredAt,
          lastAt: run[run.length - 1].answeredAt,
        });
      }
      start = i;
    }
  }
  return out;
}
