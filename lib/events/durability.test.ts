// The outbox's promises with real processes: an instance killed with kill -9 right after a 201
// loses none of that answer's events, and two instances over one database deliver each event
// exactly once under load. Each instance is tests/processes/instance.ts (the fast-path routes and
// the event workers of server.ts), started here with tsx.
import { spawn, type ChildProcess } from "node:child_process";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { db } from "../db";
import { makeShop, newId } from "../responses/test-helpers";
import { addEndpoint } from "../webhooks/endpoints";
import { startReceiver } from "../webhooks/receiver";

const running = new Set<ChildProcess>();
afterEach(() => {
  for (const p of running) kill(p);
});
afterAll(() => {
  for (const p of running) kill(p);
});

function kill(p: ChildProcess) {
  if (p.pid && p.exitCode === null) {
    try {
      process.kill(-p.pid, "SIGKILL"); // the whole group: tsx and its node
    } catch {
      // already gone
    }
  }
  running.delete(p);
}

/** Starts an instance on a free port; resolves with its base URL once it listens. */
function instance(): Promise<{ url: string; proc: ChildProcess }> {
  const proc = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "tests/processes/instance.ts"], {
    env: {
      ...process.env,
      PORT: "0",
      EVENTS_POLL_MS: "100",
      EVENTS_LEASE_MS: "1000",
      WEBHOOK_RETRY_BASE_MS: "200",
    },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  running.add(proc);
  return new Promise((resolve, reject) => {
    let out = "";
    let err = "";
    proc.stdout!.on("data", (d: Buffer) => {
      out += d.toString();
      const m = /ready (\d+)/.exec(out);
      if (m) resolve({ url: `http://127.0.0.1:${m[1]}`, proc });
    });
    proc.stderr!.on("data", (d: Buffer) => (err += d.toString()));
    proc.on("exit", (code) => reject(new Error(`instance exited (${code}): ${err}`)));
    setTimeout(() => reject(new Error(`instance did not start: ${err}`)), 30_000).unref();
  });
}

async function until(what: string, check: () => boolean | Promise<boolean>, ms = 20_000) {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe("durable events across processes", () => {
  it("an instance killed with kill -9 right after the 201 still has that answer's events delivered by the next", async () => {
    const { org, link } = await makeShop();
    const hook = await startReceiver();
    try {
      await addEndpoint(org.id, { url: hook.url });
      const first = await instance();
      const ix = await link("o-kill");
      const id = newId();
      const res = await fetch(`${first.url}/api/v1/responses`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ id, code: ix.code, answers: { nps: 1, comment: "never again" } }),
      });
      expect(res.status).toBe(201);
      kill(first.proc);
      const atKill = hook.received.length;
      const events = await db.event.findMany({ where: { orgId: org.id }, select: { id: true, type: true } });
      expect(events.map((e) => e.type).sort()).toEqual(["followup.opened", "response.stored"]);

      await instance(); // the restart
      const delivered = () => new Set(hook.received.map((r) => JSON.parse(r.body).id as string));
      await until("both events", () => events.every((e) => delivered().has(e.id)));
      console.log(`kill -9 after the 201: ${atKill} of 2 events had been delivered; the restart delivered the rest`);
      for (const r of hook.received) expect(JSON.parse(r.body).data.response.id).toBe(id);
    } finally {
      await hook.close();
    }
  });

  it("two instances over one database deliver each event exactly once under load", async () => {
    const { org, link } = await makeShop();
    const hook = await startReceiver();
    try {
      await addEndpoint(org.id, { url: hook.url });
      const [a, b] = await Promise.all([instance(), instance()]);
      const links = await Promise.all(Array.from({ length: 120 }, (_, i) => link(`o-load-${i}`)));
      // Detractors, promoters with comments and passives: three event types, about 2 per answer.
      const answers = [{ nps: 2 }, { nps: 10, comment: "great" }, { nps: 7 }];
      const statuses = await Promise.all(
        links.map(async (l, i) => {
          const base = i % 2 ? a.url : b.url;
          const res = await fetch(`${base}/api/v1/responses`, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ id: newId(), code: l.code, answers: answers[i % 3] }),
          });
          return res.status;
        }),
      );
      expect(statuses.every((s) => s === 201)).toBe(true);
      const expected = await db.event.count({ where: { orgId: org.id } });
      expect(expected).toBe(120 + 40 + 40);
      await until("every event", () => new Set(hook.received.map((r) => JSON.parse(r.body).id)).size === expected);
      await new Promise((r) => setTimeout(r, 1_500)); // a lease length: any double would have arrived
      const ids = hook.received.map((r) => JSON.parse(r.body).id as string);
      expect(ids.length).toBe(expected);
      expect(new Set(ids).size).toBe(expected);
      // An event is marked once every consumer has finished with it, a moment after the receiver's 200.
      await until(
        "every event marked dispatched",
        async () => (await db.event.count({ where: { orgId: org.id, dispatchedAt: null } })) === 0,
      );
    } finally {
      await hook.close();
    }
  }, 90_000);
});
