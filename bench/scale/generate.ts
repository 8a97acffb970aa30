// Deterministic synthetic history for the scale benchmark: an interchange-v1 document with
// `responses` answered interactions, each crediting `creditsPer` distinct people.
import { seededRandom } from "../../lib/util/seeded-random";
const KINDS = ["frontline", "backoffice"] as const;
const WEIGHTS = [1, 1, 0.5, 0.25];

export type BenchSize = {
  responses: number;
  creditsPer: number;
  staff: number;
  teams: number;
  touchpoints: number;
  days: number;
};

// Option ids of the default template's "What stood out?" question.
const STOOD_OUT = ["friendly", "fast", "knowledgeable", "clean", "value"];

export function generateHistory(size: BenchSize, now: Date) {
  const random = seededRandom(20261123);
  const int = (n: number) => Math.floor(random() * n);
  const staff = Array.from({ length: size.staff }, (_, i) => ({
    email: `p${String(i).padStart(5, "0")}@bench.test`,
    name: `Person ${i}`,
    team: `team-${i % size.teams}`,
    kind: KINDS[i % 3 === 0 ? 1 : 0],
  }));
  const skill = staff.map(() => random());
  // The dashboard also reports choices, comparison, return intent and retention: give it some to read.
  const withAdditions = process.env.BENCH_ADDITIONS !== "0";
  const touchpoints = Array.from({ length: size.touchpoints }, (_, i) => ({ slug: `tp-${i}` }));
  const interactions = new Array(size.responses);
  const responses = new Array(size.responses);
  const span = size.days * 86_400_000;
  const idHex = (i: number) => (0x10000000 + i).toString(16).padStart(8, "0") + "00000000000000000000000a".slice(0, 24);
  for (let i = 0; i < size.responses; i++) {
    const at = now.getTime() - 3_600_000 - int(span);
    const ref = `b-${i}`;
    const contributors = [];
    const chosen = new Set<number>();
    while (chosen.size < Math.min(size.creditsPer, size.staff)) chosen.add(int(size.staff));
    let mood = 0;
    let j = 0;
    for (const p of chosen) {
      contributors.push({
        email: staff[p].email,
        role: staff[p].kind,
        weight: j === 0 ? 1 : WEIGHTS[int(WEIGHTS.length)],
      });
      mood += skill[p];
      j++;
    }
    mood = Math.min(1, Math.max(0, (mood / chosen.size) * 0.6 + random() * 0.5));
    interactions[i] = {
      ref,
      touchpoint: touchpoints[int(size.touchpoints)].slug,
      occurredAt: new Date(at).toISOString(),
      contributors,
      // Loyalty-card customers: a pool a quarter the size of the history, so most come back.
      ...(withAdditions && random() < 0.7 ? { customer: `c-${int(Math.max(1, size.responses >> 2))}` } : {}),
    };
    const r: Record<string, unknown> = {
      id: idHex(i),
      interactionRef: ref,
      answeredAt: new Date(at + 60_000 + int(3_000_000)).toISOString(),
      locale: "en",
    };
    if (random() < 0.92) r.nps = Math.round(mood * 10);
    if (random() < 0.8) r.csat = Math.max(1, Math.min(5, Math.round(1 + mood * 4.4)));
    if (random() < 0.5) r.ces = Math.max(1, Math.min(7, Math.round(1 + mood * 6.3)));
    if (withAdditions) {
      if (random() < 0.6) r.compare = mood > 0.7 ? 3 : mood > 0.4 ? 2 : 1;
      if (random() < 0.6) r.return = mood > 0.6 ? 3 : mood > 0.3 ? 2 : 1;
      if (random() < 0.5) {
        const picked = STOOD_OUT.filter(() => random() < 0.35);
        if (picked.length) r.choices = { "stood-out": picked };
      }
    }
    responses[i] = r;
  }
  return { format: "interchange-v1", staff, touchpoints, interactions, responses };
}
