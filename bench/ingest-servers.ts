// The two servers the ingest benchmark compares, each run in its own child process:
//   ensemble: the real fast-path ingest handler (lib/responses via lib/http), with rate limits off
//             (all load comes from one address);
//   bare:     node:http with the same zod validation (responseInputSchema) and a single INSERT:
//             better-sqlite3 with the app's own durability (WAL, synchronous=NORMAL), or pg with a
//             pool as large as the app's and a prepared statement.
//   ensemble-events / ensemble-quiet: the same with the event workers running / with no events at
//             all (bench/events.ts).
// Usage (by bench/ingest.ts): tsx bench/ingest-servers.ts ensemble|bare <file:PATH | postgres://…>
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

let stats: () => unknown = () => null;

/**
 * events: true runs the event dispatcher and webhook sender as server.ts does; false also stops
 * the write path recording events, which is ingest as it was without them (bench/events.ts).
 */
async function ensemble(url: string, events?: boolean) {
  process.env.DATABASE_URL = url;
  if (events === false) (await import("../lib/events/record")).setEventRecording(false);
  if (events === true) (await import("../lib/events/worker")).startEventWorkers();
  const { startFastServer } = await import("../lib/http/test-server");
  const { sharedCommitter } = await import("../lib/responses/group-commit");
  stats = () => sharedCommitter().stats;
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

const [mode, url] = process.argv.slice(2);
(mode === "ensemble"
  ? ensemble(url)
  : mode === "ensemble-events"
    ? ensemble(url, true)
    : mode === "ensemble-quiet"
      ? ensemble(url, false)
      : bare(url)
)
  .then((port) => console.log(`READY ${port}`))
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });

// Exit cleanly when the benchmark is done (also lets --cpu-prof write its profile), saying how
// many transactions the answers took.
for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.on(signal, () => {
    const s = stats();
    if (s) console.log(`STATS ${JSON.stringify(s)}`);
    process.exit(0);
  });
