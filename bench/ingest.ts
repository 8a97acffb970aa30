// Ingest benchmark (issue 3): answers posted at rising open-loop rates to the real ingest handler
// on SQLite, beside a bare node:http + better-sqlite3 server doing the same zod validation and a
// single INSERT, in the same run. Each server runs in its own process; the load comes from this one.
//   npx tsx bench/ingest.ts            (BENCH_RATES="250,500,1000,2000,4000" BENCH_SECONDS=3)
// Prints throughput (stored answers per second) and p50/p99 latency per step. Only 127.0.0.1.
import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { runStep, type StepResult } from "./ingest-load";

const RATES = (process.env.BENCH_RATES ?? "250,500,1000,2000,4000")
  .split(",")
  .map(Number)
  .filter((n) => n > 0 && n <= 20_000);
const SECONDS = Math.min(Math.max(Number(process.env.BENCH_SECONDS ?? 3), 1), 30);
const dir = mkdtempSync(join(tmpdir(), "ensemble-bench-ingest-"));
const appDb = join(dir, "app.db");
const children: ChildProcess[] = [];

async function seed(count: number) {
  process.env.DATABASE_URL = `file:${appDb}`;
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

function startServer(mode: "ensemble" | "bare", file: string): Promise<number> {
  const child = spawn(join("node_modules", ".bin", "tsx"), [join("bench", "ingest-servers.ts"), mode, file], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${mode} server did not start in 60 s`)), 60_000);
    child.stdout!.on("data", (d: Buffer) => {
      const m = /READY (\d+)/.exec(d.toString());
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    });
    child.on("exit", (code) => reject(new Error(`${mode} server exited (${code})`)));
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
const fmt = (r: StepResult) =>
  `${String(r.rate).padStart(6)} ${r.throughput.toFixed(0).padStart(9)} ${r.p50.toFixed(1).padStart(8)} ${r.p99.toFixed(1).padStart(8)} ${String(r.ok).padStart(6)}/${r.sent}${r.dropped ? ` (${r.dropped} not sent: ${r.timedOut} still open)` : r.timedOut ? ` (${r.timedOut} timed out)` : ""}${r.failed ? ` ${r.failed} failed` : ""}`;

async function main() {
  const WARMUP = 300;
  const needed = WARMUP + RATES.reduce((s, r) => s + Math.round(r * SECONDS), 0);
  console.log(
    `ingest benchmark: ${cpus().length} cores, load ${loadavg()[0].toFixed(1)}, ${SECONDS}s per step, rates ${RATES.join("/")} req/s; seeding ${needed} open links…`,
  );
  const codes = await seed(needed);
  const [ensemblePort, barePort] = await Promise.all([
    startServer("ensemble", appDb),
    startServer("bare", join(dir, "bare.db")),
  ]);
  const results: Record<"ensemble" | "bare", StepResult[]> = { ensemble: [], bare: [] };
  // Warm-up (JIT, prepared statements, the query compiler) at a modest rate, not measured.
  for (const [mode, port] of [
    ["ensemble", ensemblePort],
    ["bare", barePort],
  ] as const) {
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
    for (const [mode, port] of [
      ["ensemble", ensemblePort],
      ["bare", barePort],
    ] as const) {
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
  console.log("\nserver                                   rate/s  stored/s   p50 ms   p99 ms  stored/sent");
  for (const mode of ["ensemble", "bare"] as const) {
    const label =
      mode === "ensemble" ? "Ensemble ingest (fast path, rollups)" : "bare node:http + better-sqlite3 INSERT";
    for (const r of results[mode]) console.log(`${label.padEnd(40)} ${fmt(r)}`);
  }
  const best = (m: "ensemble" | "bare") => Math.max(...results[m].map((r) => r.throughput));
  console.log(
    `\nsummary: Ensemble ingest peaks at ${best("ensemble").toFixed(0)} stored answers/s, bare server at ${best("bare").toFixed(0)}/s (same run, same machine).`,
  );
}

main()
  .catch((error) => {
    console.error(`ingest benchmark failed: ${(error as Error).message}`);
    process.exitCode = 1;
  })
  .finally(() => {
    for (const c of children) if (c.pid) c.kill("SIGTERM");
    rmSync(dir, { recursive: true, force: true });
  });
