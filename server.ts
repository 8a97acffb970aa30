// The production server: applies pending migrations, then serves.
// Hot public endpoints (the survey page and answer ingest) are answered here directly, because
// the framework costs ~20x on that path (../shared/TOOLCHAIN.md); everything else goes to Next.
import { createServer } from "node:http";
import next from "next";
import { migrate } from "./lib/db/migrate";
import { DatabaseUrlError, parseDatabaseUrl } from "./lib/db/url";
import { ensureAuthSecret } from "./lib/auth/secret";
import { fastHandlers } from "./lib/http/fast-routes";
import { startEscalationTimer } from "./lib/followups/scheduler";
import { startMailer } from "./lib/notifications/mailer";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? "0.0.0.0";

async function main() {
  let target;
  try {
    target = parseDatabaseUrl(process.env.DATABASE_URL);
  } catch (error) {
    if (error instanceof DatabaseUrlError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const applied = await migrate(target);
  if (applied.length) console.log(`applied migrations: ${applied.join(", ")}`);
  ensureAuthSecret();
  process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;

  const app = next({ dev, dir: __dirname, port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const fast = fastHandlers();

  createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? "/", "http://localhost");
      for (const handler of fast) if (await handler(req, res, url)) return;
      await handle(req, res);
    } catch (error) {
      console.error(error);
      if (!res.headersSent) {
        res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
        res.end("Something went wrong on our side. Please try again.");
      } else res.end();
    }
  }).listen(port, host, () => {
    console.log(`Ensemble ready on http://localhost:${port} (${target.provider}${dev ? ", dev" : ""})`);
  });
  // Background work of every instance: overdue cases escalate with nobody looking, and queued
  // notification emails go out (only when SMTP_URL is set).
  startEscalationTimer();
  startMailer();
}

main().catch((error) => {
  console.error(`Ensemble could not start: ${(error as Error).message}`);
  process.exit(1);
});
