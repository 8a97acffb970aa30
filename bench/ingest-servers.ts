// The two servers the ingest benchmark compares, each run in its own child process:
//   ensemble: the real fast-path ingest handler (lib/responses via lib/http), with rate limits off
//             (all load comes from one address);
//   bare:     node:http with the same zod validation (responseInputSchema) and a single INSERT:
//             better-sqlite3 with the app's own durability (WAL, synchronous=NORMAL), or pg with a
//             pool as large as the app's and a prepared statement.
//   ensemble-events / ensemble-quiet: the same with the event workers running / with no events at
//             all (bench/events.ts);
//   receiver: a webhook receiver (lib/webhooks/receiver.ts) answering 200, GET /count says how many
//             deliveries and distinct events it got;
//   seed:     not a server: migrates the database and seeds the benchmark's shop (bench/ingest-setup.ts).
// Usage (by bench/ingest-setup.ts): tsx bench/ingest-servers.ts MODE <file:PATH | postgres://…>
// SIGUSR2 prints one STATS line (write transactions, CPU time used so far); SIGTERM prints it and exits.
import { writeFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

let stats: () => Record<string, unknown> = () => ({});

/**
 * events: true runs the event dispatcher and webhook sender as server.ts does; false also stops
 * the write path recording events, which is ingest as it was without them (bench/events.ts).
 */
async function ensemble(url: string, events?: boolean) {
  process.env.DATABASE_URL = url;
  // server.ts always has a secret before it serves (lib/auth/secret.ts); answers' origins are keyed with it.
  process.env.NEXTAUTH_SECRET ||= "bench-secret";
  if (events === false) (await import("../lib/events/record")).setEventRecording(false);
  if (events === true) (await import("../lib/events/worker")).startEventWorkers();
  const { startFastServer } = await import("../lib/http/test-server");
  const { sharedCommitter } = await import("../lib/responses/group-commit");
  stats = () => ({ ...sharedCommitter().stats });
  const server = await startFastServer({ limits: false });
  return Number(new URL(server.url).port);
}

type Insert = (row: unknown[]) => Promise<boolean>;

async function sqliteInsert(file: string): Promise<Insert> {
  const { default: Database } = await import("better-sqlite3");
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = NORMAL"); // what lib/db.ts sets for the app
  sqlite.pragma("busy_timeout = 10000");
  sqlite.exec(
    "CREATE TABLE IF NOT EXISTS bench_answer (id TEXT PRIMARY KEY, code TEXT NOT NULL, nps INTEGER, csat INTEGER, ces INTEGER, comment TEXT, locale TEXT, answered_at TEXT NOT NULL)",
  );
  const insert = sqlite.prepare(
    "INSERT OR IGNORE INTO bench_answer (id, code, nps, csat, ces, comment, locale, answered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
  );
  return async (row) => insert.run(...row).changes > 0;
}

async function pgInsert(url: string): Promise<Insert> {
  const { Pool } = await import("pg");
  const pool = new Pool({ connectionString: url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
  await pool.query(
    "CREATE TABLE IF NOT EXISTS bench_answer (id TEXT PRIMARY KEY, code TEXT NOT NULL, nps INTEGER, csat INTEGER, ces INTEGER, comment TEXT, locale TEXT, answered_at TIMESTAMPTZ NOT NULL)",
  );
  const text =
    "INSERT INTO bench_answer (id, code, nps, csat, ces, comment, locale, answered_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (id) DO NOTHING";
  return async (values) => ((await pool.query({ name: "bench-insert", text, values })).rowCount ?? 0) > 0;
}

async function bare(url: string) {
  const { responseInputSchema } = await import("../lib/responses/schema");
  const insert = url.startsWith("file:") ? await sqliteInsert(url.slice(5)) : await pgInsert(url);
  const handle = async (req: IncomingMessage, res: ServerResponse, raw: string) => {
    let parsed;
    try {
      parsed = responseInputSchema.safeParse(JSON.parse(raw));
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (!parsed.success) {
      res.writeHead(422, { "content-type": "application/json" }).end('{"error":"invalid"}');
      return;
    }
    const r = parsed.data;
    const a = r.answers;
    const stored = await insert([
      r.id,
      r.code ?? "",
      a.nps ?? null,
      a.csat ?? null,
      a.ces ?? null,
      a.comment ?? null,
      r.locale ?? "en",
      r.answeredAt ?? new Date().toISOString(),
    ]);
    const body = JSON.stringify({ id: r.id, status: stored ? "stored" : "duplicate" });
    res.writeHead(stored ? 201 : 200, { "content-type": "application/json" }).end(body);
  };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      handle(req, res, Buffer.concat(chunks).toString("utf8")).catch((error) => {
        console.error(error);
        res.writeHead(500).end();
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return (server.address() as AddressInfo).port;
}

async function receiver() {
  const { startReceiver } = await import("../lib/webhooks/receiver");
  const hook = await startReceiver();
  const ids = new Set<string>();
  let seen = 0;
  const counts = () => {
    for (; seen < hook.received.length; seen++) ids.add((JSON.parse(hook.received[seen].body) as { id: string }).id);
    return { deliveries: hook.received.length, distinct: ids.size };
  };
  const server = createServer((req, res) => res.writeHead(200).end(JSON.stringify(counts())));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  console.log(`HOOK ${hook.url}`);
  return (server.address() as AddressInfo).port;
}

/** The shop both sides of a benchmark are seeded with; the codes go to the file `out`. */
async function seed(url: string, count: number, out: string) {
  process.env.DATABASE_URL = url;
  const { randomUUID } = await import("node:crypto");
  const { migrate } = await import("../lib/db/migrate");
  const { parseDatabaseUrl } = await import("../lib/db/url");
  await migrate(parseDatabaseUrl(url));
  const { db, disconnectDb } = await import("../lib/db");
  const { newSurveyCode } = await import("../lib/interactions/code");
  const org = await db.organization.create({ data: { slug: "bench", name: "Bench", timeZone: "Europe/Helsinki" } });
  const tp = await db.touchpoint.create({ data: { orgId: org.id, slug: "store-main", name: "Store" } });
  const team = await db.team.create({ data: { orgId: org.id, name: "Bakery" } });
  const cashier = await db.user.create({ data: { orgId: org.id, email: "cashier@bench.test", name: "Cashier" } });
  const baker = await db.user.create({
    data: { orgId: org.id, email: "baker@bench.test", name: "Baker", kind: "backoffice", teamId: team.id },
  });
  if (process.env.SEED_MANAGERS) {
    const manager = await db.user.create({
      data: { orgId: org.id, email: "manager@bench.test", name: "Manager", role: "manager" },
    });
    await db.team.update({ where: { id: team.id }, data: { managerId: manager.id } });
    await db.user.create({ data: { orgId: org.id, email: "admin@bench.test", name: "Admin", role: "admin" } });
  }
  if (process.env.HOOK_URL)
    await db.webhookEndpoint.create({ data: { orgId: org.id, url: process.env.HOOK_URL, secret: "whsec_bench" } });
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
  writeFileSync(out, JSON.stringify(codes));
  await disconnectDb();
}

const [mode, url, ...rest] = process.argv.slice(2);
const printStats = () => {
  const cpu = process.cpuUsage();
  console.log(`STATS ${JSON.stringify({ ...stats(), cpuMs: Math.round((cpu.user + cpu.system) / 1000) })}`);
};
if (mode === "seed") {
  seed(url, Number(rest[0]), rest[1]).catch((error) => {
    console.error(error);
    process.exit(1);
  });
} else {
  (mode === "ensemble"
    ? ensemble(url)
    : mode === "ensemble-events"
      ? ensemble(url, true)
      : mode === "ensemble-quiet"
        ? ensemble(url, false)
        : mode === "receiver"
          ? receiver()
          : bare(url)
  )
    .then((port) => console.log(`READY ${port}`))
    .catch((error) => {
      console.error(error);
      process.exit(1);
    });
  process.on("SIGUSR2", printStats);
  // Exit cleanly when the benchmark is done (also lets --cpu-prof write its profile), saying how
  // many transactions the answers took.
  for (const signal of ["SIGINT", "SIGTERM"] as const)
    process.on(signal, () => {
      printStats();
      process.exit(0);
    });
}
