// The two servers the ingest benchmark compares, each run in its own child process:
//   ensemble: the real fast-path ingest handler (lib/responses via lib/http), on SQLite, with
//             rate limits off (all load comes from one address);
//   bare:     node:http + better-sqlite3 (WAL, same defaults as the app), the same zod
//             validation (responseInputSchema) and a single INSERT.
// Usage (by bench/ingest.ts): tsx bench/ingest-servers.ts ensemble|bare <sqlite file>
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

async function ensemble(file: string) {
  process.env.DATABASE_URL = `file:${file}`;
  const { startFastServer } = await import("../lib/http/test-server");
  const server = await startFastServer({ limits: false });
  return Number(new URL(server.url).port);
}

async function bare(file: string) {
  const { default: Database } = await import("better-sqlite3");
  const { responseInputSchema } = await import("../lib/responses/schema");
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("busy_timeout = 10000");
  sqlite.exec(
    "CREATE TABLE IF NOT EXISTS answer (id TEXT PRIMARY KEY, code TEXT NOT NULL, nps INTEGER, csat INTEGER, ces INTEGER, comment TEXT, locale TEXT, answered_at TEXT NOT NULL)",
  );
  const insert = sqlite.prepare(
    "INSERT OR IGNORE INTO answer (id, code, nps, csat, ces, comment, locale, answered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
  );
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      let parsed;
      try {
        parsed = responseInputSchema.safeParse(JSON.parse(Buffer.concat(chunks).toString("utf8")));
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
      const info = insert.run(
        r.id,
        r.code ?? "",
        a.nps ?? null,
        a.csat ?? null,
        a.ces ?? null,
        a.comment ?? null,
        r.locale ?? "en",
        r.answeredAt ?? new Date().toISOString(),
      );
      const body = JSON.stringify({ id: r.id, status: info.changes ? "stored" : "duplicate" });
      res.writeHead(info.changes ? 201 : 200, { "content-type": "application/json" }).end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return (server.address() as AddressInfo).port;
}

const [mode, file] = process.argv.slice(2);
(mode === "ensemble" ? ensemble(file) : bare(file))
  .then((port) => console.log(`READY ${port}`))
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });

// Exit cleanly when the benchmark is done (also lets --cpu-prof write its profile).
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => process.exit(0));
