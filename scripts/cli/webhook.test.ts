// `webhook add|list|remove` as an operator runs them, against this run's database; the secret the
// CLI prints is the one deliveries are signed with. On a database of its own: it dispatches and
// delivers everything due, so what other files left in this worker's database is not its work.
import { execFile } from "node:child_process";
import { createHmac } from "node:crypto";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, disconnectDb } from "../../lib/db";
import { createTestDb, type TestDb } from "../../tests/test-db";
import { makeOrg } from "../../tests/factories";
import { recordEvent } from "../../lib/events/record";
import { dispatchAll } from "../../lib/events/dispatch";
import { deliverOnce } from "../../lib/webhooks/deliver";
import { startReceiver } from "../../lib/webhooks/receiver";

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

let own: TestDb;
const workerDb = process.env.DATABASE_URL;
beforeAll(async () => {
  own = await createTestDb("cli_webhook");
  await disconnectDb();
  process.env.DATABASE_URL = own.url;
});
afterAll(async () => {
  await disconnectDb();
  process.env.DATABASE_URL = workerDb;
  await own.drop();
});

describe("npm run cli -- webhook", () => {
  it("adds an endpoint printing its secret last, lists it, signs with that secret, and removes it", async () => {
    const org = await makeOrg();
    const hook = await startReceiver();
    try {
      const added = await cli(
        "webhook",
        "add",
        "--org",
        org.slug,
        "--url",
        hook.url,
        "--events",
        "kudos,followup.opened",
      );
      expect(added.code).toBe(0);
      const secret = added.stdout.trim().split("\n").at(-1)!;
      expect(secret).toMatch(/^whsec_[0-9a-f]{48}$/);

      const listed = await cli("webhook", "list", "--org", org.slug);
      expect(listed.stdout).toContain(`${hook.url}\tnew\tkudos,followup.opened\t0 pending`);

      await db.$transaction((tx) => recordEvent(tx, { orgId: org.id, type: "kudos", data: { hello: 1 } }));
      await db.$transaction((tx) => recordEvent(tx, { orgId: org.id, type: "response.stored", data: {} }));
      await dispatchAll();
      await deliverOnce();
      expect(hook.received.map((r) => r.headers["ensemble-event"])).toEqual(["kudos"]);
      const [t, v1] = String(hook.received[0].headers["ensemble-signature"])
        .split(",")
        .map((p) => p.split("=")[1]);
      expect(createHmac("sha256", secret).update(`${t}.${hook.received[0].body}`).digest("hex")).toBe(v1);

      const bad = await cli("webhook", "add", "--org", org.slug, "--url", "http://169.254.169.254/");
      expect(bad.code).toBe(1);
      expect(bad.stderr.trim()).toBe("--url: must not point at a link-local address (169.254.0.0/16, fe80::/10)");
      const badType = await cli("webhook", "add", "--org", org.slug, "--url", hook.url + "2", "--events", "nope");
      expect(badType.stderr.trim()).toMatch(/^--events: must be one of response.stored, /);

      expect((await cli("webhook", "remove", "--org", org.slug, "--url", hook.url)).code).toBe(0);
      expect((await cli("webhook", "list", "--org", org.slug)).stdout.trim()).toBe(`no webhooks for ${org.slug}`);
    } finally {
      await hook.close();
    }
  }, 180_000); // seven CLI processes, each compiled by tsx on start
});
