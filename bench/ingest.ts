// Ingest benchmark: answers posted at rising open-loop rates to the real ingest handler, beside a
// bare node:http server doing the same zod validation and a single INSERT with the app's own
// durability, in the same run: better-sqlite3 (WAL, synchronous=NORMAL) or pg. Each server runs in
// its own process; the load comes from this one.
//   npx tsx bench/ingest.ts [--db sqlite|postgres|both]   (or BENCH_DB; default sqlite)
//                             BENCH_RATES="500,1000,2000,4000,8000,16000" BENCH_SECONDS=3
//                             BENCH_PG_URL (default postgres://postgres@127.0.0.1:5432/postgres)
//                             BENCH_PROFILE=DIR (a CPU profile of the Ensemble server, for DevTools)
// Prints throughput (stored answers per second) and p50/p99 latency per step (requests that were
// never answered count as slower than all others), the ratio of the peaks, how many write
// transactions Ensemble's answers took, and each server's CPU time per stored answer over the
// measured steps (a figure the machine's other load moves far less than throughput). Only 127.0.0.1.
// Measured on a quiet 2-core machine (2026-12-03, load average about 1): SQLite 6,011 vs 15,321
// stored/s, 0.39×, p99 12.5 ms at 1,000/s (offered up to 8,000/s the bare server kept up with every
// rate, hence 16,000/s); PostgreSQL 2,898 vs 6,505/s, 0.45×, p99 39.3 ms at 1,000/s.
import { cpus, loadavg } from "node:os";
import { runStep, type StepResult } from "./ingest-load";
import {
  answer,
  benchDbs,
  benchRates,
  benchSeconds,
  cappedNote,
  cleanUp,
  fmtStep as fmt,
  freshDb,
  ms,
  pause,
  seed,
  startServer,
  stopServer,
  type ServerStats,
} from "./ingest-setup";

const RATES = benchRates("500,1000,2000,4000,8000,16000");
const SECONDS = benchSeconds();

type Summary = {
  db: string;
  ensemble: number;
  bare: number;
  p99At1000?: number;
  stats?: ServerStats;
  cpuUs: Record<"ensemble" | "bare", number | null>;
};

async function runFor(db: "sqlite" | "postgres"): Promise<Summary> {
  const WARMUP = 300;
  const needed = WARMUP + RATES.reduce((s, r) => s + Math.round(r * SECONDS), 0);
  console.log(
    `\n== ${db}: ${cpus().length} cores, load ${loadavg()[0].toFixed(1)}, ${SECONDS}s per step, rates ${RATES.join("/")} req/s; seeding ${needed} open links…`,
  );
  const [appUrl, bareUrl] = [await freshDb(db, "app"), await freshDb(db, "bare")];
  const codes = seed(appUrl, needed);
  const profile = process.env.BENCH_PROFILE ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : [];
  const [ens, bare] = await Promise.all([startServer("ensemble", appUrl, profile), startServer("bare", bareUrl)]);
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
  const cpuBefore = { ensemble: (await ens.stats())?.cpuMs, bare: (await bare.stats())?.cpuMs };
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
      await pause(1000); // let a saturated server settle before the next step
    }
  }
  const stats = await ens.stats();
  const cpuAfter = { ensemble: stats?.cpuMs, bare: (await bare.stats())?.cpuMs };
  const cpuUs = (m: "ensemble" | "bare") => {
    const [before, after] = [cpuBefore[m], cpuAfter[m]];
    const stored = results[m].reduce((n, r) => n + r.ok, 0);
    return before === undefined || after === undefined || !stored ? null : ((after - before) * 1000) / stored;
  };
  await stopServer(ens);
  await stopServer(bare);
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
    cpuUs: { ensemble: cpuUs("ensemble"), bare: cpuUs("bare") },
  };
}

const us = (v: number | null) => (v === null ? "?" : v.toFixed(0));

async function main() {
  const summaries: Summary[] = [];
  for (const db of benchDbs()) summaries.push(await runFor(db));
  console.log("");
  for (const s of summaries) {
    const tx = s.stats?.transactions ? s.stats : null;
    console.log(
      `summary ${s.db}: Ensemble ingest peaks at ${s.ensemble.toFixed(0)} stored answers/s, bare server at ${s.bare.toFixed(0)}/s: ${(s.ensemble / s.bare).toFixed(2)}× (same run, same machine); p99 at 1,000/s ${s.p99At1000 === undefined ? "not measured" : `${ms(s.p99At1000)} ms`}${tx ? `; ${tx.answers} answers in ${tx.transactions} write transactions` : ""}; CPU per stored answer ${us(s.cpuUs.ensemble)} µs, bare ${us(s.cpuUs.bare)} µs.${cappedNote("the bare server", s.bare, RATES)}`,
    );
  }
}

main()
  .catch((error) => {
    console.error(`ingest benchmark failed: ${(error as Error).message}`);
    process.exitCode = 1;
  })
  .finally(cleanUp);
