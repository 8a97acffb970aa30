// A large import leaves the planner's statistics fresh for the tables it grew (ANALYZE), so the
// first feed and dashboard queries on the new history are planned for its size.
import { describe, expect, it } from "vitest";
import { randomBytes } from "node:crypto";
import { db, dbTarget } from "../db";
import { uniq } from "../../tests/factories";
import { generateHistory } from "../../bench/scale/generate";
import { ANALYZE_ROWS, importInterchange } from "./import";

const GROWN = ["Interaction", "Contribution", "Response"];

async function statistics(): Promise<Map<string, number>> {
  if (dbTarget().provider === "sqlite") {
    const exists = await db.$queryRawUnsafe<{ n: number }[]>(
      `SELECT count(*) AS n FROM sqlite_master WHERE name = 'sqlite_stat1'`,
    );
    if (!Number(exists[0].n)) return new Map();
    const rows = await db.$queryRawUnsafe<{ tbl: string; stat: string }[]>(
      `SELECT tbl, stat FROM sqlite_stat1 WHERE idx IS NULL OR idx LIKE '%pkey%' OR idx LIKE 'sqlite_autoindex%'`,
    );
    return new Map(rows.map((r) => [r.tbl, Number(r.stat.split(" ")[0])]));
  }
  const rows = await db.$queryRawUnsafe<{ relname: string; reltuples: number }[]>(
    `SELECT relname::text AS relname, reltuples::float8 AS reltuples FROM pg_class WHERE relkind = 'r' AND relname IN (${GROWN.map((t) => `'${t}'`).join(", ")})`,
  );
  return new Map(rows.map((r) => [r.relname, Number(r.reltuples)]));
}

describe("import statistics", () => {
  it("are refreshed after an import that adds thousands of rows", async () => {
    const responses = Math.ceil(ANALYZE_ROWS * 1.2);
    const doc = generateHistory(
      { responses, creditsPer: 3, staff: 30, teams: 3, touchpoints: 4, days: 60 },
      new Date(),
    );
    const prefix = randomBytes(4).toString("hex");
    // The generator's ids differ in their first 8 characters: make the rest this test's own.
    for (const r of doc.responses) r.id = (r.id as string).slice(0, 8) + prefix + (r.id as string).slice(16);
    const summary = await importInterchange(doc, { orgSlug: uniq("stats") });
    expect(summary.responses.created).toBe(responses);
    const after = await statistics();
    for (const table of GROWN) {
      // At least the rows this import added (other tests' rows may be there too).
      expect(after.get(table), table).toBeGreaterThanOrEqual(responses);
    }
  });
});
