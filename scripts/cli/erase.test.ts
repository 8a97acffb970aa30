// `npm run cli -- erase` as a user runs it: a child process on the run's database (SQLite or
// PostgreSQL), one-line errors for a missing or unknown target, counts only on success.
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { exportScores } from "../../lib/interchange/export-scores";
import { smallFixture } from "../../lib/interchange/fixtures";
import { importInterchange } from "../../lib/interchange/import";
import { uniq } from "../../tests/factories";

async function cli(...args: string[]) {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      join(process.cwd(), "node_modules/.bin/tsx"),
      ["scripts/cli.ts", ...args],
      { env: { ...process.env, FORCE_COLOR: "0" }, cwd: process.cwd() },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe("npm run cli -- erase", () => {
  it("erases a customer and a response, and names the problem in one line otherwise", async () => {
    const doc = smallFixture() as {
      interactions: { ref: string; customer?: string }[];
      responses: { id: string; interactionRef: string }[];
    };
    const prefix = randomBytes(4).toString("hex");
    for (const r of doc.responses) r.id = prefix + r.id.slice(8);
    const [a, b, c] = doc.responses;
    for (const x of doc.interactions) if (x.ref === a.interactionRef || x.ref === b.interactionRef) x.customer = "k-42";
    const slug = uniq("cli-erase");
    await importInterchange(doc, { orgSlug: slug });
    const org = await db.organization.findUniqueOrThrow({ where: { slug } });
    const before = (await exportScores(org.id)).org.responses;

    const byCustomer = await cli("erase", "--org", slug, "--customer", "k-42");
    expect(byCustomer.stderr).toBe("");
    expect(byCustomer.stdout.trim()).toMatch(
      new RegExp(
        `^erased in ${slug}: 2 answers \\(\\d with a comment\\), \\d follow-up cases? with \\d notes?, .* ` +
          "customer key removed from 2 interactions; scores corrected, audit log entry written$",
      ),
    );
    const byResponse = await cli("erase", "--org", slug, "--response", c.id.toUpperCase());
    expect(byResponse.code).toBe(0);
    expect(byResponse.stdout).toMatch(/^erased in .*: 1 answer \(0 with a comment\)/);
    expect((await exportScores(org.id)).org.responses).toBe(before - 3);
    expect(await db.auditEntry.count({ where: { orgId: org.id, action: { startsWith: "erasure." } } })).toBe(2);

    // The refusals are independent of each other: one batch of processes, not six in a row.
    const [again, gone, short, neither, noOrg, unknownOrg] = await Promise.all([
      cli("erase", "--org", slug, "--customer", "k-42"),
      cli("erase", "--org", slug, "--response", c.id),
      cli("erase", "--org", slug, "--response", "12"),
      cli("erase", "--org", slug),
      cli("erase", "--customer", "k"),
      cli("erase", "--org", "no-such-org", "--customer", "k"),
    ]);
    expect(again).toMatchObject({ code: 1, stdout: "" });
    expect(again.stderr.trim()).toBe("--customer: no interaction in this organisation carries this customer key");
    expect(gone.stderr.trim()).toBe("--response: no response with this id in this organisation");
    expect(short.stderr.trim()).toBe("--response: must be 32 hex digits or a UUID");
    expect(neither.stderr.trim()).toBe("--customer: is required: give a customer key or a response id");
    expect(noOrg.stderr.trim()).toBe("--org is required");
    expect(unknownOrg.stderr.trim()).toBe('org: no organization with slug "no-such-org"');
    expect(await db.auditEntry.count({ where: { orgId: org.id } })).toBe(2);
  }, 180_000);
});
