// Ingest benchmark: answers posted at rising open-loop rates to the real ingest handler, beside a
// bare node:http server doing the same zod validation and a single INSERT with the app's own
// durability, in the same run: better-sqlite3 (WAL, synchronous=NORMAL) or pg. Each server runs in
// its own process; the load comes from this one.
//   npx tsx bench/ingest.ts   BENCH_DB=sqlite|postgres|both (default sqlite)
//                             BENCH_RATES="500,1000,2000,4000,8000" BENCH_SECONDS=3
//                             BENCH_PG_URL (default postgres://postgres@127.0.0.1:5432/postgres)
// Prints throughput (stored answers per second) and p50/p99 latency per step (requests that were
// never answered count as slower than all others), the ratio of the peaks and how many write
// transactions Ensemble's answers took. Only 127.0.0.1.
import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { runStep, type StepResult } from "./ingest-load";

const RATES = (process.env.BENCH_RATES ?? "500,1000,2000,4000,8000")
  .split(",")
  .map(Number)
  .filter((n) => n > 0 && n <= 20_000);
const SECONDS = Math.min(Math.max(Number(process.env.BENCH_SECONDS ?? 3), 1), 30);
const DBS = (process.env.BENCH_DB ?? "sqlite") === "both" ? ["sqlite", "postgres"] : [process.env.BENCH_DB ?? "sqlite"];
const PG_ADMIN = process.env.BENCH_PG_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const dir = mkdtempSync(join(tmpdir(), "ensemble-bench-ingest-"));
const children: ChildProcess[] = [];
const pgDatabases: string[] = [];

/** A fresh database for one server: a SQLite file, or a new PostgreSQL database. */
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

let DB = "sqlite";

async function seed(appUrl: string, count: number) {
  process.env.DATABASE_URL = appUrl;
  const { migrate } = await import("../lib/db/migrate");
  const { parseDatabaseUrl } = await import("../lib/db/url");
  await migrate(parseDatabaseUrl(process.env.DATABASE_URL));
  const { db, disconnectDb } = await import("../lib/db");
  const { newSurveyCode } = await import("../lib/interactions/code");
  const org = await db.organization.create({ data: { slug: "bench", name: "Bench", timeZone: "Europe/Helsinki" } });
  const tp = await db.touchpoint.create({ data: { orgId: org.id, slug: "store-main", name: "Store" } });
  const team = await db.team.create({ data: { orgId: org.id, name: "Bakery" } });
  const cashier = await db.user.create({ data: { orgId: org.id, email: "cashier@bench.test", name: "Cashier" } });
  const baker = await db.user.create({
    data: { orgId: org.id, email: "baker@bench.test", name: "Baker", kind: "backoffice", teamId: team.id },
  });
  const codes: string[] = [];
  const now = new Date();
  const expiresAt = new Date(now.getTime() + 14 * 86_400_000);
  for (let start = 0; start < count; start += 1000) {
    const rows = Array.from({ length: Math.min(1000, count - start) }, (_, k) => ({
      id: randomUUID(),
      orgId: org.id,
      ref: `bench-${start + k}`,
      touchpointId: tp.id,
      occurredAt: now,
      code: newSurveyCode(),
      expiresAt,
    }));
    await db.interaction.createMany({ data: rows });
    await db.contribution.createMany({
      data: rows.flatMap((r) => [
        { orgId: org.id, interactionId: r.id, userId: cashier.id, role: "frontline", weight: 1, teamId: null },
        { orgId: org.id, interactionId: r.id, userId: baker.id, role: "backoffice", weight: 0.5, teamId: team.id },
      ]),
    });
    codes.push(...rows.map((r) => r.code));
  }
  await disconnectDb();
  return codes;
}

const serverStats = new Map<ChildProcess, string>();

function startServer(mode: "ensemble" | "bare", url: string): Promise<{ port: number; child: ChildProcess }> {
  const child = spawn(join("node_modules", ".bin", "tsx"), [join("bench", "ingest-servers.ts"), mode, url], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  children.push(child);
  child.stdout!.on("data", (d: Buffer) => {
    const m = /STATS (.*)/.exec(d.toString());
    if (m) serverStats.set(child, m[1]);
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${mode} server did not start in 60 s`)), 60_000);
    child.stdout!.on("data", (d: Buffer) => {
      const m = /READY (\d+)/.exec(d.toString());
      if (m) {
        clearTimeout(timer);
        resolve({ port: Number(m[1]), child });
      }
    });
    child.on("exit", (code) => reject(new Error(`${mode} server exited (${code})`)));
  });
}

/** Stops a server and returns what it printed on the way out. */
function stopServer(child: ChildProcess): Promise<string | undefined> {
  return new Promise((resolve) => {
    child.once("exit", () => resolve(serverStats.get(child)));
    child.kill("SIGTERM");
  });
}

const answer = (code: string, i: number) =>
  JSON.stringify({
    id: randomUUID().replace(/-/g, ""),
    code,
    answers: { nps: i % 11, csat: 1 + (i % 5), comment: i % 4 ? undefined : "Great bread, friendly staff." },
    locale: "en",
    answeredAt: new Date().toISOString(),
  });
const ms = (v: number) => (Number.isFinite(v) ? v.toFixed(1) : "unanswd");
const fmt = (r: StepResult) =>
  `${String(r.rate).padStart(6)} ${r.throughput.toFixed(0).padStart(9)} ${ms(r.p50).padStart(8)} ${ms(r.p99).padStart(8)} ${String(r.ok).padStart(6)}/${r.sent}${r.dropped ? ` (${r.dropped} not sent: ${r.timedOut} still open)` : r.timedOut ? ` (${r.timedOut} timed out)` : ""}${r.failed ? ` ${r.failed} failed` : ""}`;

type Summary = { db: string; ensemble: number; bare: number; p99At1000?: number; stats?: string };

async function runFor(db: string): Promise<Summary> {
  DB = db;
  const WARMUP = 300;
  const needed = WARMUP + RATES.reduce((s, r) => s + Math.round(r * SECONDS), 0);
  console.log(
    `\n== ${db}: ${cpus().length} cores, load ${loadavg()[0].toFixed(1)}, ${SECONDS}s per step, rates ${RATES.join("/")} req/s; seeding ${needed} open links…`,
  );
  const [appUrl, bareUrl] = [await freshDb("app"), await freshDb("bare")];
  const codes = await seed(appUrl, needed);
  const [ens, bare] = await Promise.all([startServer("ensemble", appUrl), startServer("bare", bareUrl)]);
  const servers = [
    ["ensemble", ens.port],
    ["bare", bare.port],
  ] as const;
  const results: Record<"ensemble" | "bare", StepResult[]> = { ensemble: [], bare: [] };
  // Warm-up (JIT, prepared statements, the query compiler) at a modest rate, not measured.
  for (const [mode, port] of servers) {
    const w = await runStep({
      url: `http://127.0.0.1:${port}/api/v1/responses`,
      rate: 100,
      seconds: WARMUP / 100,
      okStatus: 201,
      body: (i) => answer(codes[i], i),
      drainMs: 20_000,
    });
    console.log(`warm-up ${mode}: ${w.ok}/${w.sent} stored`);
  }
  let next = WARMUP;
  for (const rate of RATES) {
    const base = next;
    next += Math.round(rate * SECONDS);
    for (const [mode, port] of servers) {
      const r = await runStep({
        url: `http://127.0.0.1:${port}/api/v1/responses`,
        rate,
        seconds: SECONDS,
        okStatus: 201,
        body: (i) => answer(codes[base + i], i),
      });
      results[mode].push(r);
      await new Promise((res) => setTimeout(res, 1000)); // let a saturated server settle before the next step
    }
  }
  const stats = await stopServer(ens.child);
  await stopServer(bare.child);
  const bareLabel = db === "sqlite" ? "bare node:http + better-sqlite3 INSERT" : "bare node:http + pg INSERT";
  console.log("\nserver                                   rate/s  stored/s   p50 ms   p99 ms  stored/sent");
  for (const mode of ["ensemble", "bare"] as const) {
    const label = mode === "ensemble" ? `Ensemble ingest on ${db}` : bareLabel;
    for (const r of results[mode]) console.log(`${label.padEnd(40)} ${fmt(r)}`);
  }
  const best = (m: "ensemble" | "bare") => Math.max(...results[m].map((r) => r.throughput));
  return {
    db,
    ensemble: best("ensemble"),
    bare: best("bare"),
    p99At1000: results.ensemble.find((r) => r.rate === 1000)?.p99,
    stats,
  };
}

async function main() {
  const summaries: Summary[] = [];
  for (const db of DBS) summaries.push(await runFor(db));
  console.log("");
  for (const s of summaries) {
    const tx = s.stats ? JSON.parse(s.stats) : null;
    console.log(
      `summary ${s.db}: Ensemble ingest peaks at ${s.ensemble.toFixed(0)} stored answers/s, bare server at ${s.bare.toFixed(0)}/s: ${(s.ensemble / s.bare).toFixed(2)}× (same run, same machine); p99 at 1,000/s ${s.p99At1000 === undefined ? "not measured" : `${ms(s.p99At1000)} ms`}${tx ? `; ${tx.answers} answers in ${tx.transactions} write transactions` : ""}.`,
    );
  }
}

main()
  .catch((error) => {
    console.error(`ingest benchmark failed: ${(error as Error).message}`);
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
