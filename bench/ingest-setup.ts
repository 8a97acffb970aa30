// What the ingest benchmarks (bench/ingest.ts, bench/events.ts) share: a throwaway database per
// server (a SQLite file or a new PostgreSQL database, dropped at the end), a seeded shop with open
// links, the servers of bench/ingest-servers.ts each in its own child process, the answers posted
// and how a step's result is printed.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { StepResult } from "./ingest-load";

export const PG_ADMIN = process.env.BENCH_PG_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

/** The database(s) to run on: `--db sqlite|postgres|both` on the command line, else BENCH_DB, else sqlite. */
export function benchDbs(): ("sqlite" | "postgres")[] {
  const i = process.argv.indexOf("--db");
  const raw = (i > 0 ? process.argv[i + 1] : undefined) ?? process.env.BENCH_DB ?? "sqlite";
  if (raw === "both") return ["sqlite", "postgres"];
  if (raw === "sqlite" || raw === "postgres") return [raw];
  throw new Error(`--db must be sqlite, postgres or both (got ${raw})`);
}

export function benchRates(fallback: string): number[] {
  return (process.env.BENCH_RATES ?? fallback)
    .split(",")
    .map(Number)
    .filter((n) => n > 0 && n <= 20_000);
}

/**
 * A warning when a baseline stored about as much as the highest rate offered: its peak is then
 * only a floor, and a ratio against it understates the gap. Empty when the baseline fell behind.
 */
export function cappedNote(name: string, peak: number, rates: number[]): string {
  const top = Math.max(...rates);
  return peak >= 0.97 * top
    ? ` WARNING: ${name} kept up with the highest offered rate (${peak.toFixed(0)} of ${top}/s), so its peak is a floor and the ratio understates the gap; offer more (BENCH_RATES).`
    : "";
}

export const benchSeconds = () => Math.min(Math.max(Number(process.env.BENCH_SECONDS ?? 3), 1), 30);

const dir = mkdtempSync(join(tmpdir(), "ensemble-bench-"));
const children: ChildProcess[] = [];
const pgDatabases: string[] = [];

/** A fresh database for one server: a SQLite file, or a new PostgreSQL database. */
export async function freshDb(db: "sqlite" | "postgres", name: string): Promise<string> {
  if (db === "sqlite") return `file:${join(dir, `${name}.db`)}`;
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

/**
 * Migrates `url` and seeds a shop: a touchpoint, a team, two people credited on each of `count`
 * open links; with `managers`, the team's manager and an admin (so cases are routed and people
 * notified), and a webhook endpoint when `hookUrl` is given. Returns the links' codes. Runs in a
 * child process so each database gets its own client.
 */
export function seed(url: string, count: number, opts: { managers?: boolean; hookUrl?: string } = {}): string[] {
  const out = join(dir, `codes-${randomUUID()}.json`);
  execFileSync(
    join("node_modules", ".bin", "tsx"),
    [join("bench", "ingest-servers.ts"), "seed", url, String(count), out],
    {
      env: { ...process.env, HOOK_URL: opts.hookUrl ?? "", SEED_MANAGERS: opts.managers ? "1" : "" },
      stdio: ["ignore", "ignore", "inherit"],
    },
  );
  return JSON.parse(readFileSync(out, "utf8")) as string[];
}

export type Server = {
  port: number;
  child: ChildProcess;
  output: () => string;
  stats: () => Promise<ServerStats | undefined>;
};
export type ServerStats = { answers?: number; transactions?: number; cpuMs: number; events?: unknown };

/** Starts `tsx bench/ingest-servers.ts MODE URL` (with node's `nodeArgs`) and resolves once it listens. */
export function startServer(mode: string, url: string, nodeArgs: string[] = []): Promise<Server> {
  const child = spawn(
    process.execPath,
    [...nodeArgs, "--import", "tsx", join("bench", "ingest-servers.ts"), mode, url],
    {
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  children.push(child);
  let out = "";
  child.stdout!.on("data", (d: Buffer) => (out += d.toString()));
  // Asks the server for its counters (SIGUSR2 → one STATS line), without stopping it.
  const stats = () =>
    new Promise<ServerStats | undefined>((resolve) => {
      const before = out.length;
      const timer = setTimeout(() => resolve(undefined), 5_000);
      const check = () => {
        const m = /STATS (.*)\n/.exec(out.slice(before));
        if (!m) return;
        clearTimeout(timer);
        child.stdout!.off("data", check);
        resolve(JSON.parse(m[1]) as ServerStats);
      };
      child.stdout!.on("data", check);
      child.kill("SIGUSR2");
    });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${mode} server did not start in 60 s`)), 60_000);
    const ready = () => {
      const m = /READY (\d+)/.exec(out);
      if (!m) return;
      clearTimeout(timer);
      child.stdout!.off("data", ready);
      resolve({ port: Number(m[1]), child, stats, output: () => out });
    };
    child.stdout!.on("data", ready);
    child.on("exit", (code) => reject(new Error(`${mode} server exited (${code})`)));
  });
}

export function stopServer(s: Server): Promise<void> {
  return new Promise((resolve) => {
    if (s.child.exitCode !== null) return resolve();
    s.child.once("exit", () => resolve());
    s.child.kill("SIGTERM");
  });
}

/** One answer to the link `code`: every answer stored, a detractor case for 7 in 11, kudos for some promoters. */
export const answer = (code: string, i: number) =>
  JSON.stringify({
    id: randomUUID().replace(/-/g, ""),
    code,
    answers: { nps: i % 11, csat: 1 + (i % 5), comment: i % 4 ? undefined : "Great bread, friendly staff." },
    locale: "en",
    answeredAt: new Date().toISOString(),
  });

export const ms = (v: number) => (Number.isFinite(v) ? v.toFixed(1) : "unanswd");

export const fmtStep = (r: StepResult) =>
  `${String(r.rate).padStart(6)} ${r.throughput.toFixed(0).padStart(9)} ${ms(r.p50).padStart(8)} ${ms(r.p99).padStart(8)} ${String(r.ok).padStart(6)}/${r.sent}${r.dropped ? ` (${r.dropped} not sent: ${r.timedOut} still open)` : r.timedOut ? ` (${r.timedOut} timed out)` : ""}${r.failed ? ` ${r.failed} failed` : ""}`;

export const pause = (msToWait: number) => new Promise((r) => setTimeout(r, msToWait));

/** Stops every server and removes every database this run made. */
export async function cleanUp() {
  for (const c of children) if (c.exitCode === null && c.pid) c.kill("SIGTERM");
  rmSync(dir, { recursive: true, force: true });
  if (pgDatabases.length) {
    const { Client } = await import("pg");
    const admin = new Client({ connectionString: PG_ADMIN });
    await admin.connect();
    for (const name of pgDatabases) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}
