// The reports on tests/fixtures/reports-small.ts, computed by hand (the table is in that file), through
// the library the screens read, GET /api/v1/scores and `scores --json`. All weights are 1 except
// i2 (cy 0.5) and i7 (bo 0.5); period: all time, so every keyed interaction is eligible for retention.
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET } from "../../app/api/v1/scores/route";
import { makeUser, uniq } from "../../tests/factories";
import { reportsSmall } from "../../tests/fixtures/reports-small";
import { createApiKey } from "../auth/api-key";
import { db } from "../db";
import { importInterchange } from "../interchange/import";
import type { AdditionScores } from "../scoring/additions";
import { myAttributes } from "../feed/my-attributes";
import { additionsReport } from "./additions-report";
import { themeComments, themeQuerySchema } from "./theme-comments";

const TOL = 0.05;

/** Hand-computed expectations: share = 100 × chosen / answered (weighted for a person). */
const EXPECTED = {
  org: {
    // stood-out answered by i1–i9 (n 9): friendly i1 i2 i5 i7 i9 = 5 → 55.556; fast i1 i3 i6 i7 = 4 → 44.444;
    // fresh i4 i5 i8 = 3 → 33.333
    attributes: { friendly: 55.556, fast: 44.444, fresh: 33.333 },
    attributesN: 9,
    // compare answered by 9 (not i8): better i1 i2 i5 i9 = 4, worse i3 i6 i10 = 3 → 100 × (4 − 3) / 9 = 11.111;
    // margin 196 × √((4/9 + 3/9 − (1/9)²) / 9) = 196 × √(0.76543 / 9) = 57.159
    compare: 11.111,
    compareMoe: 57.159,
    compareN: 9,
    // return answered by 9 (not i9): yes i1 i2 i5 i7 i8 = 5 → 55.556; margin 196 × √(5/9 × 4/9 / 9) = 196 × √0.027435 = 32.465
    return: 55.556,
    returnMoe: 32.465,
    returnN: 9,
    // keyed: i1..i6, i8..i11 = 10 eligible; retained i1 i5 i8 i10 = 4 → 40 %
    retention: { eligible: 10, retained: 4, pct: 40 },
  },
  counter: {
    // credits ana or bo: i1 i2 i3 i5 i6 i7 i9 i10, weight 1 each. stood-out n 7 (not i10):
    // friendly i1 i2 i5 i7 i9 = 5/7 = 71.429; fast i1 i3 i6 i7 = 4/7 = 57.143; fresh i5 = 1/7 = 14.286
    attributes: { friendly: 71.429, fast: 57.143, fresh: 14.286 },
    attributesN: 7,
    // compare n 8: better i1 i2 i5 i9 = 4, worse i3 i6 i10 = 3 → 100 × 1/8 = 12.5
    compare: 12.5,
    compareN: 8,
    // return n 7 (not i9): yes i1 i2 i5 i7 = 4 → 57.143
    return: 57.143,
    returnN: 7,
    // keyed and crediting the team: i1 i2 i3 i5 i6 i9 i10 i11 = 8; retained i1 i5 i10 = 3 → 37.5 %
    retention: { eligible: 8, retained: 3, pct: 37.5 },
  },
  bakery: {
    // cy: i2 i4 i8 → retention eligible 3, retained i8 = 1 → 33.333 %
    retention: { eligible: 3, retained: 1, pct: 33.333 },
  },
  ana: {
    // i1 i2 i5 i7 i9 at weight 1: friendly 5/5 = 100, fast i1 i7 = 40, fresh i5 = 20
    attributes: { friendly: 100, fast: 40, fresh: 20 },
    attributesN: 5,
    // compare i1 3, i2 3, i5 3, i7 2, i9 3 → 100 × 4/5 = 80
    compare: 80,
    compareN: 5,
    // keyed i1 i2 i5 i9 i11, weight 1: retained i1 i5 → 40 %
    retention: { eligible: 5, retained: 2, pct: 40 },
  },
  bo: {
    // i3 fast (1), i6 fast (1), i7 friendly + fast (0.5): Σw 2.5; fast 2.5/2.5 = 100, friendly 0.5/2.5 = 20
    attributes: { friendly: 20, fast: 100, fresh: 0 },
    attributesN: 3,
    // compare i3 1 (1), i6 1 (1), i7 2 (0.5), i10 1 (1): Σw 3.5, worse 3 → 100 × (0 − 3)/3.5 = −85.714
    compare: -85.714,
    compareN: 4,
    // keyed i3 i6 i10 (i7 has no key): retained i10 → 33.333 %
    retention: { eligible: 3, retained: 1, pct: 33.333 },
  },
  cy: {
    // i2 friendly (0.5), i4 fresh (1), i8 fresh (1): Σw 2.5; fresh 2/2.5 = 80, friendly 0.5/2.5 = 20
    attributes: { friendly: 20, fast: 0, fresh: 80 },
    attributesN: 3,
    // keyed i2 (0.5, no), i4 (1, no), i8 (1, yes): 1 / 2.5 = 40 %, counted 1 of 3
    retention: { eligible: 3, retained: 1, pct: 40 },
  },
  shop: {
    // i1 i2 i3 i5 i7 i9 answered stood-out (n 6): friendly 5 → 83.333, fast i1 i3 i7 = 3 → 50, fresh i5 → 16.667
    attributes: { friendly: 83.333, fast: 50, fresh: 16.667 },
    attributesN: 6,
    // compare n 6: better i1 i2 i5 i9 = 4, worse i3 = 1 → 50; return n 5: yes i1 i2 i5 i7 = 4 → 80
    compare: 50,
    compareN: 6,
    return: 80,
    returnN: 5,
    // keyed i1 i2 i3 i5 i9 i11 = 6: retained i1 i5 → 33.333 %
    retention: { eligible: 6, retained: 2, pct: 33.333 },
  },
  van: {
    // keyed i4 i6 i8 i10: retained i8 i10 → 50 %
    retention: { eligible: 4, retained: 2, pct: 50 },
    attributesN: 3,
  },
};

type Expect = {
  attributes?: Record<string, number>;
  attributesN?: number;
  compare?: number;
  compareMoe?: number;
  compareN?: number;
  return?: number;
  returnMoe?: number;
  returnN?: number;
  retention?: { eligible: number; retained: number; pct: number };
};

function check(label: string, got: AdditionScores | undefined, want: Expect) {
  expect(got, label).toBeDefined();
  for (const [option, share] of Object.entries(want.attributes ?? {})) {
    const a = got!.attributes?.find((x) => x.question === "stood-out" && x.option === option);
    expect(Math.abs((a?.share ?? NaN) - share), `${label} ${option}`).toBeLessThanOrEqual(TOL);
  }
  if (want.attributesN !== undefined)
    expect(got!.attributes?.find((x) => x.question === "stood-out")?.n, `${label} n`).toBe(want.attributesN);
  for (const k of ["compare", "compareMoe", "return", "returnMoe"] as const)
    if (want[k] !== undefined) expect(Math.abs((got![k] ?? NaN) - want[k]!), `${label} ${k}`).toBeLessThanOrEqual(TOL);
  for (const k of ["compareN", "returnN"] as const)
    if (want[k] !== undefined) expect(got![k], `${label} ${k}`).toBe(want[k]);
  if (want.retention) {
    expect(got!.retention?.eligible, `${label} eligible`).toBe(want.retention.eligible);
    expect(got!.retention?.retained, `${label} retained`).toBe(want.retention.retained);
    expect(Math.abs((got!.retention?.pct ?? NaN) - want.retention.pct), `${label} retention`).toBeLessThanOrEqual(TOL);
  }
}

type Doc = {
  org: AdditionScores;
  staff: (AdditionScores & { email: string })[];
  teams: (AdditionScores & { team: string })[];
  touchpoints: (AdditionScores & { touchpoint: string })[];
};

function checkDocument(doc: Doc) {
  check("org", doc.org, EXPECTED.org);
  check(
    "counter",
    doc.teams.find((t) => t.team === "counter"),
    EXPECTED.counter,
  );
  check(
    "bakery",
    doc.teams.find((t) => t.team === "bakery"),
    EXPECTED.bakery,
  );
  for (const who of ["ana", "bo", "cy"] as const)
    check(
      who,
      doc.staff.find((s) => s.email === `${who}@reports.test`),
      EXPECTED[who],
    );
  check(
    "shop",
    doc.touchpoints.find((t) => t.touchpoint === "shop"),
    EXPECTED.shop,
  );
  check(
    "van",
    doc.touchpoints.find((t) => t.touchpoint === "van"),
    EXPECTED.van,
  );
}

const dir = mkdtempSync(join(tmpdir(), "ensemble-reports-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("reports on a dataset computed by hand", () => {
  let orgId = "";
  const slug = uniq("reports");
  beforeAll(async () => {
    await importInterchange(reportsSmall(randomBytes(4).toString("hex")), { orgSlug: slug });
    orgId = (await db.organization.findUniqueOrThrow({ where: { slug } })).id;
  });

  it("the dashboard's and the team view's numbers", async () => {
    const org = await additionsReport(orgId, {}, { type: "org" }, { timeZone: "UTC", maxWeeks: 26 });
    check("org", org.total, EXPECTED.org);
    const byName = (rows: { name: string; scores: AdditionScores }[], name: string) =>
      rows.find((r) => r.name === name)?.scores;
    check("counter", byName(org.teams, "counter"), EXPECTED.counter);
    check("bakery", byName(org.teams, "bakery"), EXPECTED.bakery);
    check("ana", byName(org.people, "Ana"), EXPECTED.ana);
    check("bo", byName(org.people, "Bo"), EXPECTED.bo);
    check("cy", byName(org.people, "Cy"), EXPECTED.cy);
    check("shop", byName(org.touchpoints, "shop"), EXPECTED.shop);
    check("van", byName(org.touchpoints, "van"), EXPECTED.van);
    expect(org.keyed).toBe(true);
    expect(org.asked).toEqual({ compare: true, return: true });
    expect(org.questions.map((q) => q.id)).toContain("stood-out");

    const team = await db.team.findFirstOrThrow({ where: { orgId, name: "counter" } });
    const view = await additionsReport(orgId, {}, { type: "team", teamId: team.id }, { timeZone: "UTC", maxWeeks: 26 });
    check("team total", view.total, EXPECTED.counter);
    // The team view lists the team's members only.
    expect(view.people.map((p) => p.name)).toEqual(["Ana", "Bo"]);
    expect(view.teams).toEqual([]);

    // The driver view: friendly chosen by i1 i2 i5 i7 i9 (all promoters: NPS 100, margin 0);
    // the other four answers (i3 6, i4 8, i6 3, i8 7) are fewer than 5, so nothing is claimed.
    const friendly = org.drivers.find((d) => d.option === "friendly")!;
    expect(friendly.chose).toMatchObject({ n: 5, nps: 100, npsMoe: 0 });
    expect(friendly.other.n).toBe(4);
    expect(friendly.verdict).toBe("not-enough");
  });

  it("each person's own feed: what customers mention them for, from rollups and from their answers alike", async () => {
    const periods = {
      // all time and a day-aligned window: the person's daily choice rollups
      "all time": {},
      "local days": { from: new Date("2000-01-01T00:00:00Z"), to: new Date("2100-01-01T00:00:00Z") },
      // not day-aligned: summed from the credited answers
      instants: { from: new Date("2000-01-01T00:00:01Z"), to: new Date("2100-01-01T00:00:01Z") },
    };
    for (const who of ["ana", "bo", "cy"] as const) {
      const user = await db.user.findFirstOrThrow({ where: { orgId, email: `${who}@reports.test` } });
      for (const [label, period] of Object.entries(periods)) {
        const [stoodOut] = await myAttributes({ userId: user.id, orgId }, period);
        const want = EXPECTED[who];
        expect(stoodOut?.question, `${who}, ${label}`).toBe("stood-out");
        expect(stoodOut!.n, `${who}, ${label}: n`).toBe(want.attributesN);
        for (const [option, share] of Object.entries(want.attributes)) {
          const got = stoodOut!.options.find((o) => o.option === option)?.share ?? 0;
          expect(Math.abs(got - share), `${who}, ${label}: ${option} ${got} vs ${share}`).toBeLessThanOrEqual(TOL);
        }
      }
    }
  });

  it("a period that ends less than 60 days after every visit counts no retention", async () => {
    const r = await additionsReport(
      orgId,
      { from: new Date("2025-03-01T00:00:00Z"), to: new Date("2025-04-01T00:00:00Z") },
      { type: "org" },
      { timeZone: "UTC", maxWeeks: 5 },
    );
    expect(r.total.retention).toBeUndefined();
    // i1 i2 i3 answered in March: friendly i1 i2 = 2/3
    expect(r.total.attributes?.find((a) => a.option === "friendly")).toMatchObject({ n: 3, count: 2 });
    // The weekly trend: March 2025's weeks, each week's n beside its shares (i1 on Sat 1 March: week of 24 Feb).
    expect(r.trend[0].weeks[0]).toMatchObject({ weekStart: "2025-02-24", n: 1 });
    expect(r.trend[0].weeks.reduce((s, w) => s + w.n, 0)).toBe(3);
  });

  it("a theme links to the comments behind it, and a manager reads only their team's", async () => {
    const admin = await makeUser(orgId, { role: "admin" });
    const asAdmin = { userId: admin.id, orgId, role: "admin" as const };
    // "Friendly staff…" (i1), "Friendly again…" (i2), "So friendly…" (i5): one stem, three comments.
    const all = await themeComments(asAdmin, { theme: "friendly", locale: "en" }, "all");
    expect(all.comments.map((c) => c.comment).sort()).toEqual([
      "Friendly again, thank you.",
      "Friendly staff and warm bread.",
      "So friendly, and the rolls were fresh.",
    ]);
    const bakery = await db.team.findFirstOrThrow({ where: { orgId, name: "bakery" } });
    const counter = await db.team.findFirstOrThrow({ where: { orgId, name: "counter" } });
    const manager = await makeUser(orgId, { role: "manager" });
    await db.team.update({ where: { id: bakery.id }, data: { managerId: manager.id } });
    const asManager = { userId: manager.id, orgId, role: "manager" as const };
    // The bakery (cy) shares only i2.
    const mine = await themeComments(asManager, { theme: "friendly", locale: "en", team: bakery.id }, "all");
    expect(mine.comments.map((c) => c.comment)).toEqual(["Friendly again, thank you."]);
    await expect(
      themeComments(asManager, { theme: "friendly", locale: "en", team: counter.id }, "all"),
    ).rejects.toMatchObject({ status: 403 });
    await expect(themeComments(asManager, { theme: "friendly", locale: "en" }, "all")).rejects.toMatchObject({
      status: 403,
    });
    // Another language's comments are not this theme's.
    expect((await themeComments(asAdmin, { theme: "friendly", locale: "de" }, "all")).comments).toEqual([]);
    expect(themeQuerySchema.safeParse({ theme: "", locale: "en" }).error?.issues[0].message).toBe("theme: required");
  });

  it("GET /api/v1/scores carries the same numbers", async () => {
    const { key } = await createApiKey(orgId);
    const res = await GET(
      new Request("http://localhost/api/v1/scores", { headers: { authorization: `Bearer ${key}` } }),
    );
    expect(res.status).toBe(200);
    checkDocument(await res.json());
  });

  it("`scores --json` carries the same numbers", async () => {
    const file = join(dir, "reports-small.json");
    writeFileSync(file, JSON.stringify(reportsSmall(randomBytes(4).toString("hex"))));
    const cliSlug = uniq("reports-cli");
    const cli = (...args: string[]) =>
      promisify(execFile)(join(process.cwd(), "node_modules/.bin/tsx"), ["scripts/cli.ts", ...args], {
        env: { ...process.env, FORCE_COLOR: "0" },
        cwd: process.cwd(),
        maxBuffer: 16 << 20,
      });
    await cli("import", file, "--org", cliSlug);
    const { stdout } = await cli("scores", "--org", cliSlug, "--json");
    checkDocument(JSON.parse(stdout));
  }, 120_000);
});
