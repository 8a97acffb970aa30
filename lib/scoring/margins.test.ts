// The impact and CES margins against the reference values of the additions fixture, computed
// independently of this code (lib/interchange/fixtures, docs/interchange.md "Additions").
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { computeScores, type ScoringInput } from "./compute";
import type { Scores } from "./types";

const dir = path.resolve(process.cwd(), "lib/interchange/fixtures");
const read = (name: string) => JSON.parse(readFileSync(path.join(dir, name), "utf8"));

describe("impact and CES margins", () => {
  it("reproduce interchange-additions.expected.json within 0.05", () => {
    const doc = read("interchange-additions.json") as Omit<ScoringInput, "responses"> & {
      responses: (ScoringInput["responses"][number] & { answeredAt: string })[];
    };
    const expected = read("interchange-additions.expected.json") as {
      from: string;
      to: string;
      org: Scores;
      staff: (Scores & { email: string })[];
    };
    const inPeriod = doc.responses.filter((r) => r.answeredAt >= expected.from && r.answeredAt < expected.to);
    const actual = computeScores({ ...doc, responses: inPeriod });
    const keys = ["nps", "npsMoe", "csatMoe", "ces", "cesMoe", "npsImpact", "npsImpactMoe", "csatImpactMoe"] as const;
    const problems: string[] = [];
    let compared = 0;
    const check = (where: string, a: Scores | undefined, e: Scores) => {
      for (const k of keys) {
        if (e[k] === undefined) continue;
        compared++;
        if (a?.[k] === undefined || Math.abs(a[k]! - e[k]!) > 0.05)
          problems.push(`${where}.${k}: ${a?.[k]} vs ${e[k]}`);
      }
    };
    check("org", actual.org, expected.org);
    const staff = new Map(actual.staff.map((s) => [s.email, s]));
    for (const s of expected.staff) check(`staff[${s.email}]`, staff.get(s.email), s);
    expect(problems).toEqual([]);
    expect(compared).toBeGreaterThan(50);
  });
});
