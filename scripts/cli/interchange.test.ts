// The import and scores commands end to end, as a user runs them: a child process with
// DATABASE_URL pointing at a throwaway SQLite file.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { SMALL_FIXTURE_PATH, smallExpected } from "../../lib/interchange/fixtures";
import { compareScores } from "../../lib/interchange/fixtures/compare";

const dir = mkdtempSync(join(tmpdir(), "ensemble-cli-"));
const env = { ...process.env, DATABASE_URL: `file:${join(dir, "cli.db")}`, FORCE_COLOR: "0" };
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(...args: string[]) {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      join(process.cwd(), "node_modules/.bin/tsx"),
      ["scripts/cli.ts", ...args],
      { env, cwd: process.cwd() },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe("npm run cli -- import / scores", () => {
  it("imports the fixture once, then changes nothing, and prints the expected scores as JSON", async () => {
    const first = await cli("import", SMALL_FIXTURE_PATH, "--org", "cli-demo");
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(
      /into cli-demo \(new organization\): 16 staff added.* 600 interactions added .* 326 responses added/,
    );

    const second = await cli("import", SMALL_FIXTURE_PATH, "--org", "cli-demo");
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(
      /0 interactions added \(600 already there\); 0 responses added \(326 already there\)/,
    );

    const scores = await cli("scores", "--org", "cli-demo", "--json");
    expect(scores.code).toBe(0);
    const doc = JSON.parse(scores.stdout); // only the JSON on stdout
    expect(compareScores(doc, smallExpected()).problems).toEqual([]);

    const period = await cli(
      "scores",
      "--org",
      "cli-demo",
      "--from",
      "2026-10-01T00:00:00Z",
      "--to",
      "2026-10-01T00:00:00Z",
      "--json",
    );
    expect(period).toMatchObject({ code: 1, stdout: "" });
    expect(period.stderr.trim()).toBe("--to: must be after from");
  }, 120_000);

  it("rejects a bad file whole: one line per problem, exit 1, nothing written", async () => {
    const doc = JSON.parse(readFileSync(SMALL_FIXTURE_PATH, "utf8"));
    doc.interactions[12].contributors[0].weight = 1.5;
    doc.interactions[3].contributors[0].email = "nobody@example.test";
    doc.responses[7].nps = 11;
    const file = join(dir, "bad.json");
    writeFileSync(file, JSON.stringify(doc));
    const run = await cli("import", file, "--org", "cli-bad");
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr.trim().split("\n")).toEqual([
      "interactions[12].contributors[0].weight: must be in (0, 1]",
      "responses[7].nps: must be a whole number from 0 to 10",
      'interactions[3].contributors[0].email: unknown staff email "nobody@example.test" (list it in staff)',
      `${file}: rejected, nothing imported (3 lines of problems)`,
    ]);
    const scores = await cli("scores", "--org", "cli-bad", "--json");
    expect(scores.code).toBe(1);
    expect(scores.stderr.trim()).toBe('org: no organization with slug "cli-bad"');
  }, 120_000);
});
