// docs/scoring.md "What moves the score": for each option of a choice question, the NPS of the
// responses that chose it against the NPS of those that answered the question without choosing it,
// each with n and margin, and whether the gap is clear. Pure: no database, no framework.
import { MIN_ANSWERS, round3 } from "./scores";

const Z = 1.96;

type NpsSums = { n: number; prom: number; det: number };
export type DriverSums = Map<string, { answered: NpsSums; options: Map<string, NpsSums> }>;

export type NpsGroup = { n: number; nps?: number; npsMoe?: number };
export type Driver = {
  question: string;
  option: string;
  chose: NpsGroup;
  other: NpsGroup;
  /** chose.nps − other.nps, and its margin √(moe₁² + moe₂²); both groups need 5 answers */
  difference?: number;
  differenceMoe?: number;
  /** "higher" or "lower" only when |difference| > differenceMoe; otherwise "unclear" */
  verdict: "higher" | "lower" | "unclear" | "not-enough";
};

const empty = (): NpsSums => ({ n: 0, prom: 0, det: 0 });

function add(s: NpsSums, nps: number) {
  s.n++;
  if (nps >= 9) s.prom++;
  if (nps <= 6) s.det++;
}

/** One response's NPS and choices (question id → option ids). Responses without NPS say nothing here. */
export function addDriverAnswer(s: DriverSums, nps: number | null, choices: Map<string, string[]> | null) {
  if (nps == null || !choices) return;
  for (const [question, options] of choices) {
    if (options.length === 0) continue;
    let q = s.get(question);
    if (!q) s.set(question, (q = { answered: empty(), options: new Map() }));
    add(q.answered, nps);
    for (const o of new Set(options)) {
      let opt = q.options.get(o);
      if (!opt) q.options.set(o, (opt = empty()));
      add(opt, nps);
    }
  }
}

function group(s: NpsSums): NpsGroup {
  if (s.n === 0) return { n: 0 };
  const p = s.prom / s.n;
  const d = s.det / s.n;
  return {
    n: s.n,
    nps: round3(100 * (p - d)),
    npsMoe: round3(Z * 100 * Math.sqrt(Math.max(0, p + d - (p - d) ** 2) / s.n)),
  };
}

/** Every option the template lists (`order`) or someone chose, per question, with both groups. */
export function driversFromSums(s: DriverSums, order?: Map<string, string[]>): Driver[] {
  const out: Driver[] = [];
  for (const [question, q] of s) {
    const options = [...new Set([...(order?.get(question) ?? []), ...q.options.keys()])];
    for (const option of options) {
      const chose = q.options.get(option) ?? empty();
      const rest = { n: q.answered.n - chose.n, prom: q.answered.prom - chose.prom, det: q.answered.det - chose.det };
      const a = group(chose);
      const b = group(rest);
      const driver: Driver = { question, option, chose: a, other: b, verdict: "not-enough" };
      if (a.n >= MIN_ANSWERS && b.n >= MIN_ANSWERS) {
        driver.difference = round3(a.nps! - b.nps!);
        driver.differenceMoe = round3(Math.sqrt(a.npsMoe! ** 2 + b.npsMoe! ** 2));
        driver.verdict =
          Math.abs(driver.difference) > driver.differenceMoe ? (driver.difference > 0 ? "higher" : "lower") : "unclear";
      }
      out.push(driver);
    }
  }
  return out;
}
