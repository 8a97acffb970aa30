// One app instance for tests that kill or multiply the server: the fast-path routes (answer
// ingest and the survey pages, as server.ts serves them) and the event workers, without Next.
// Usage: DATABASE_URL=… PORT=… tsx tests/processes/instance.ts  (prints "ready <port>" when listening)
import { createServer } from "node:http";
import { migrate } from "../../lib/db/migrate";
import { parseDatabaseUrl } from "../../lib/db/url";
import { fastHandlers } from "../../lib/http/fast-routes";
import { startEventWorkers } from "../../lib/events/worker";

async function main() {
  await migrate(parseDatabaseUrl(process.env.DATABASE_URL));
  const fast = fastHandlers({ limits: false });
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    for (const handler of fast) if (await handler(req, res, url)) return;
    res.writeHead(404).end();
  });
  const port = Number(process.env.PORT ?? 0);
  server.listen(port, "127.0.0.1", () => {
    startEventWorkers(Number(process.env.EVENTS_POLL_MS ?? 200));
    const address = server.address();
    console.log(`ready ${typeof address === "object" && address ? address.port : port}`);
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
