// What events cost ingest: the real fast-path ingest handler with the outbox, the dispatcher, the
// webhook sender and a live receiver (every answer's events POSTed, signed, to a node:http server
// in this process), against the same handler recording no events at all, in the same run.
//   npx tsx bench/events.ts   BENCH_DB=sqlite|postgres (default sqlite)
//                             BENCH_RATES="1000,2000,4000" BENCH_SECONDS=3
// Prints stored answers per second and p50/p99 per step for both, the peak ratio (target: the
// events cost at most 15%) and how many events the receiver got once the queue drained.
import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { runStep, type StepResult } from "./ingest-load";
import { startReceiver } from "../lib/webhooks/receiver";

const RATES = (process.env.BENCH_RATES ?? "1000,2000,4000")
  .split(",")
  .map(Number)
  .filter((n) => n > 0 && n <= 20_000);
const SECONDS = Math.min(Math.max(Number(process.env.BENCH_SECONDS ?? 3), 1), 30);
const DB = process.env.BENCH_DB ?? "sqlite";
const PG_ADMIN = process.env.BENCH_PG_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const dir = mkdtempSync(join(tmpdir(), "ensemble-bench-events-"));
const children: ChildProcess[] = [];
const pgDatabases: string[] = [];

async function freshDb(name: string): Promise<string> {
  if (DB === "sqlite") return `file:${join(dir, `${name}.db`)}`;
  const { Client } = await import("pg");
  const dbName = `ensemble_bench_${name}_${process.pid}`;
  const admin = new Client({ connectionString: PG_ADMIN });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${dbName}`);
  await admin.query(`CREATE DATABASE ${dbName}`);
  await admin.end();
  pgDatabases.push(dbName);
  const url = new URL(PG_ADMIN);
  url.pathname = `/${dbName}`;
  return url.toString();
}

/** A shop with two credited people and `count` open links; with a webhook endpoint when `hookUrl` is given. */
async function seed(appUrl: string, count: number, hookUrl?: string): Promise<string[]> {
  const { execFileSync } = await import("node:child_process");
  const script = `
    const { migrate } = require("./lib/db/migrate");
    const { parseDatabaseUrl } = require("./lib/db/url");
    const { db, disconnectDb } = require("./lib/db");
    const { newSurveyCode } = require("./lib/interactions/code");
    const { randomUUID } = require("node:crypto");
    (async () => {
      await migrate(parseDatabaseUrl(process.env.DATABASE_URL));
      const org = await db.organization.create({ data: { slug: "bench", name: "Bench" } });
      const tp = await db.touchpoint.create({ data: { orgId: org.id, slug: "store-main", name: "Store" } });
      const team = await db.team.create({ data: { orgId: org.id, name: "Bakery" } });
      const a = await db.user.create({ data: { orgId: org.id, email: "cashier@bench.test", name: "Cashier" } });
      const b = await db.user.create({ data: { orgId: org.id, email: "baker@bench.test", name: "Baker", teamId: team.id } });
      if (process.env.HOOK_URL)
        await db.webhookEndpoint.create({ data: { orgId: org.id, url: process.env.HOOK_URL, secret: "whsec_bench" } });
      const codes = [];
      const now = new Date();
      for (let s = 0; s < ${count}; s += 1000) {
        const rows = Array.from({ length: Math.min(1000, ${count} - s) }, (_, k) => ({
          id: randomUUID(), orgId: org.id, ref: "bench-" + (s + k), touchpointId: tp.id, occurredAt: now,
          code: newSurveyCode(), expiresAt: new Date(now.getTime() + 14 * 864e5) }));
        await db.interaction.createMany({ data: rows });
        await db.contribution.createMany({ data: rows.flatMap((r) => [
          { orgId: org.id, interactionId: r.id, userId: a.id, role: "frontline", weight: 1 },
          { orgId: org.id, interactionId: r.id, userId: b.id, role: "backoffice", weight: 0.5, teamId: team.id }]) });
        codes.push(...rows.map((r) => r.code));
      }
      process.stdout.write(JSON.stringify(codes));
      await disconnectDb();
    })();`;
  const out = execFileSync(join("node_modules", ".bin", "tsx"), ["-e", script], {
    env: { ...process.env, DATABASE_URL: appUrl, HOOK_URL: hookUrl ?? "" },
    maxBuffer: 256 * 1024 * 1024,
    encoding: "utf8",
  });
  return JSON.parse(out) as string[];
}

function startServer(mode: string, url: string): Promise<ChildProcess & { port: number }> {
  const child = spawn(join("node_modules", ".bin", "tsx"), [join("bench", "ingest-servers.ts"), mode, url], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${mode} server did not start in 60 s`)), 60_000);
    child.stdout!.on("data", (d: Buffer) => {
      const m = /READY (\d+)/.exec(d.toString());
      if (m) {
        clearTimeout(timer);
        resolve(Object.assign(child, { port: Number(m[1]) }));
      }
    });
    child.on("exit", (code) => reject(new Error(`${mode} server exited (${code})`)));
  });
}

const answer = (code: string, i: number) =>
  JSON.stringify({
    id: randomUUID().replace(/-/g, ""),
    code,
    // Every answer stored, a detractor case for 7 in 11, a kudos for promoters with a comment.
    answers: { nps: i % 11, csat: 1 + (i % 5), comment: i % 4 ? undefined : "Great bread, friendly staff." },
    locale: "en",
  });
const ms = (v: number) => (Number.isFinite(v) ? v.toFixed(1) : "unanswd");
const fmt = (r: StepResult) =>
  `${String(r.rate).padStart(6)} ${r.throughput.toFixed(0).padStart(9)} ${ms(r.p50).padStart(8)} ${ms(r.p99).padStart(8)} ${String(r.ok).padStart(6)}/${r.sent}`;

async function main() {
  const WARMUP = 300;
  const needed = WARMUP + RATES.reduce((s, r) => s + Math.round(r * SECONDS), 0);
  console.log(
    `== ${DB}: ${cpus().length} cores, load ${loadavg()[0].toFixed(1)}, ${SECONDS}s per step, rates ${RATES.join("/")} req/s; seeding ${needed} links twice…`,
  );
  const hook = await startReceiver();
  const [quietUrl, eventsUrl] = [await freshDb("quiet"), await freshDb("events")];
  const quietCodes = await seed(quietUrl, needed);
  const eventsCodes = await seed(eventsUrl, needed, hook.url);
  const quiet = await startServer("ensemble-quiet", quietUrl);
  const events = await startServer("ensemble-events", eventsUrl);
  const servers = [
    ["without events", quiet.port, quietCodes],
    ["with events + webhook", events.port, eventsCodes],
  ] as const;
  const results = new Map<string, StepResult[]>(servers.map(([name]) => [name, []]));
  for (const [name, port, codes] of servers) {
    const w = await runStep({
      url: `http://127.0.0.1:${port}/api/v1/responses`,
      rate: 100,
      seconds: WARMUP / 100,
      okStatus: 201,
      body: (i) => answer(codes[i], i),
      drainMs: 20_000,
    });
    console.log(`warm-up ${name}: ${w.ok}/${w.sent} stored`);
  }
  let next = WARMUP;
  for (const rate of RATES) {
    const base = next;
    next += Math.round(rate * SECONDS);
    for (const [name, port, codes] of servers) {
      const r = await runStep({
        url: `http://127.0.0.1:${port}/api/v1/responses`,
        rate,
        seconds: SECONDS,
        okStatus: 201,
        body: (i) => answer(codes[base + i], i),
      });
      results.get(name)!.push(r);
      await new Promise((res) => setTimeout(res, 1000));
    }
  }
  // The events server's queue drains; the receiver then holds one delivery per event.
  const stored = [...results.get("with events + webhook")!].reduce((n, r) => n + r.ok, 0) + WARMUP;
  const drainStart = Date.now();
  let last = -1;
  while (hook.received.length !== last) {
    last = hook.received.length;
    await new Promise((res) => setTimeout(res, 3000));
  }
  const drainSeconds = (Date.now() - drainStart - 3000) / 1000;
  const ids = new Set(hook.received.map((r) => JSON.parse(r.body).id as string));

  console.log("\nserver                   rate/s  stored/s   p50 ms   p99 ms  stored/sent");
  for (const [name, rs] of results) for (const r of rs) console.log(`${name.padEnd(22)} ${fmt(r)}`);
  const peak = (name: string) => Math.max(...results.get(name)!.map((r) => r.throughput));
  const without = peak("without events");
  const withEvents = peak("with events + webhook");
  const cost = 1 - withEvents / without;
  console.log(
    `\nsummary ${DB}: ingest peaks at ${withEvents.toFixed(0)} stored answers/s with events and a live webhook receiver, ${without.toFixed(0)}/s without them: ${(cost * 100).toFixed(1)}% cost (target ≤ 15%); the receiver got ${ids.size} distinct events (${hook.received.length} deliveries) for about ${stored} stored answers, the last ${Math.max(0, drainSeconds).toFixed(0)} s after the load ended.`,
  );
  await hook.close();
}

main()
  .catch((error) => {
    console.error(`events benchmark failed: ${(error as Error).message}`);
    process.exitCode = 1;
  })
  .finally(async () => {
    for (const c of children) if (c.exitCode === null && c.pid) c.kill("SIGTERM");
    rmSync(dir, { recursive: true, force: true });
    if (pgDatabases.length) {
      const { Client } = await import("pg");
      const admin = new Client({ connectionString: PG_ADMIN });
      await admin.connect();
      for (const name of pgDatabases) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  });
