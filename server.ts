// The production server: applies pending migrations, then serves.
// Hot public endpoints (the survey page and answer ingest) are answered here directly, because
// the framework costs ~20x on that path (docs/architecture.md "The server"); everything else goes to Next.
// The process's rate-limit store (Redis when REDIS_URL is set) is created here once and handed
// to the fast-path routes; several instances behind one proxy are described in docs/deployment.md.
import { createServer } from "node:http";
import next from "next";
import { migrate } from "./lib/db/migrate";
import { DatabaseUrlError, parseDatabaseUrl } from "./lib/db/url";
import { ensureAuthSecret } from "./lib/auth/secret";
import { checkProxyConfig, forwardForNext, ProxyConfigError } from "./lib/http/client-address";
import { fastHandlers } from "./lib/http/fast-routes";
import { secureCookies } from "./lib/auth/cookies";
import { BASE_SECURITY_HEADERS, surveyCsp, transportHeaders } from "./lib/http/security-headers";
import { refuseUnknownMethod } from "./lib/http/methods";
import { limitStoreFromEnv } from "./lib/http/limit-store";
import { createLimits } from "./lib/http/limits";
import { checkPublicBaseUrl, PublicUrlError } from "./lib/http/public-url";
import { startEscalationTimer } from "./lib/followups/scheduler";
import { startRetentionTimer } from "./lib/retention/scheduler";
import { startGamingTimer } from "./lib/gaming/scheduler";
import { startMailer } from "./lib/notifications/mailer";
import { startEventWorkers } from "./lib/events/worker";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? "0.0.0.0";

async function main() {
  let target;
  try {
    target = parseDatabaseUrl(process.env.DATABASE_URL);
    checkProxyConfig();
    checkPublicBaseUrl();
  } catch (error) {
    if (error instanceof DatabaseUrlError || error instanceof ProxyConfigError || error instanceof PublicUrlError) {
      console.error((error as Error).message);
      process.exit(1);
    }
    throw error;
  }
  const applied = await migrate(target);
  if (applied.length) console.log(`applied migrations: ${applied.join(", ")}`);
  const rebuilt = await (await import("./lib/rollups/backfill")).backfillAfter(applied);
  if (rebuilt) console.log(`rebuilt the rollups of ${rebuilt} organisation(s)`);
  ensureAuthSecret();
  // Sign-in redirects and callback URLs go to the public address behind a proxy.
  process.env.NEXTAUTH_URL ??= process.env.PUBLIC_BASE_URL?.trim() || `http://localhost:${port}`;

  const store = await limitStoreFromEnv();
  const limits = createLimits(store);

  const app = next({ dev, dir: __dirname, port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const fast = fastHandlers({ limits });

  // Every response carries these; Next's pages replace the CSP with their nonce'd one (proxy.ts).
  const security = {
    ...BASE_SECURITY_HEADERS,
    "content-security-policy": surveyCsp(),
    ...transportHeaders(secureCookies()),
  };

  const server = createServer(async (req, res) => {
    try {
      for (const [name, value] of Object.entries(security)) res.setHeader(name, value);
      if (refuseUnknownMethod(req, res)) return;
      const url = new URL(req.url ?? "/", "http://localhost");
      for (const handler of fast) if (await handler(req, res, url)) return;
      forwardForNext(req);
      await handle(req, res);
    } catch (error) {
      console.error(error);
      if (!res.headersSent) {
        res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
        res.end("Something went wrong on our side. Please try again.");
      } else res.end();
    }
  });
  // Idle keep-alive connections stay open longer than a proxy or client keeps them (nginx's
  // upstream keepalive_timeout is 60 s), so the app never closes one just as a request is sent
  // down it, which the sender would see as a reset connection.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  server.listen(port, host, () => {
    console.log(
      `Ensemble ready on http://localhost:${port} (${target.provider}, rate limits in ${store.kind}${dev ? ", dev" : ""})`,
    );
  });
  // Background work of every instance: events recorded with each change are dispatched and
  // webhooks sent, overdue cases escalate with nobody looking, and queued notification emails go
  // out (only when SMTP_URL is set); gaming flags are recomputed hourly.
  startEventWorkers();
  startEscalationTimer();
  startRetentionTimer();
  startGamingTimer();
  startMailer();
}

main().catch((error) => {
  console.error(`Ensemble could not start: ${(error as Error).message}`);
  process.exit(1);
});
