// Sends the queued notification emails (model EmailOutbox) over SMTP_URL with nodemailer, from
// MAIL_FROM. A server process runs the loop (startMailer, from server.ts); ingest never waits on
// it. Each round claims due rows by pushing their nextAttemptAt forward by a lease (on
// PostgreSQL with FOR UPDATE SKIP LOCKED, so instances take different rows), first-time emails
// before retries so a new case is not held up behind a mailbox that keeps refusing, sends them, and
// marks them sent, or due again after a growing delay with jitter; after MAX_ATTEMPTS a row is
// marked failed. A process killed mid-send leaves the row to be claimed again when the lease
// ends: delivery is at least once.
import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { db, dbTarget } from "../db";
import { sqlFor } from "../responses/sql";

const BATCH = 20;
// A round's emails go out over this many SMTP connections at once, so a backlog (after the mail
// server was down) drains in seconds rather than one connection's round trips at a time.
const SEND_CONNECTIONS = 4;
const LEASE_MS = 2 * 60_000;
export const MAX_ATTEMPTS = 10;
const MAX_DELAY_MS = 6 * 3_600_000;

export function mailConfigured(): boolean {
  return !!process.env.SMTP_URL?.trim();
}

export class MailConfigError extends Error {}

/** Checks SMTP_URL's shape: smtp://[user:pass@]host:port (smtps:// for TLS from the start). */
export function parseSmtpUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new MailConfigError("SMTP_URL: must look like smtp://[user:pass@]host:port");
  }
  if (url.protocol !== "smtp:" && url.protocol !== "smtps:")
    throw new MailConfigError("SMTP_URL: must start with smtp:// or smtps://");
  if (!url.hostname) throw new MailConfigError("SMTP_URL: must name a host");
  return url;
}

let transport: { url: string; t: Transporter } | undefined;
/** A pool of up to SEND_CONNECTIONS reused connections, unless SMTP_URL sets ?pool= itself. */
function transporter(): Transporter {
  const url = process.env.SMTP_URL!.trim();
  if (transport?.url !== url) {
    const pooled = parseSmtpUrl(url);
    if (!pooled.searchParams.has("pool")) {
      pooled.searchParams.set("pool", "true");
      pooled.searchParams.set("maxConnections", String(SEND_CONNECTIONS));
    }
    transport?.t.close();
    transport = { url, t: nodemailer.createTransport(pooled.toString()) };
  }
  return transport.t;
}

function from(): string {
  return process.env.MAIL_FROM?.trim() || "Ensemble <no-reply@localhost>";
}

export function retryDelayMs(attempts: number): number {
  const base = Number(process.env.MAIL_RETRY_BASE_MS ?? 30_000);
  const exp = Math.min(base * 2 ** Math.max(attempts - 1, 0), MAX_DELAY_MS);
  return Math.round(exp * (0.75 + Math.random() * 0.5));
}

type Row = { id: string; to: string; subject: string; text: string; html: string; attempts: number | bigint };

/** Sends one round of due emails; returns how many were sent. */
export async function deliverDueEmails(now = new Date()): Promise<number> {
  if (!mailConfigured()) return 0;
  const lock = dbTarget().provider === "postgres" ? " FOR UPDATE SKIP LOCKED" : "";
  const rows = await db.$queryRawUnsafe<Row[]>(
    sqlFor(`UPDATE "EmailOutbox" SET "nextAttemptAt" = ?, "attempts" = "attempts" + 1
      WHERE "id" IN (SELECT "id" FROM "EmailOutbox"
                     WHERE "sentAt" IS NULL AND "failedAt" IS NULL AND "nextAttemptAt" <= ?
                     ORDER BY "attempts", "nextAttemptAt" LIMIT ?${lock})
      RETURNING "id", "to", "subject", "text", "html", "attempts"`),
    new Date(now.getTime() + LEASE_MS),
    now,
    BATCH,
  );
  let sent = 0;
  await Promise.all(
    rows.map(async (r) => {
      try {
        await transporter().sendMail({ from: from(), to: r.to, subject: r.subject, text: r.text, html: r.html });
        await db.emailOutbox.update({ where: { id: r.id }, data: { sentAt: new Date(), lastError: null } });
        sent++;
      } catch (error) {
        const attempts = Number(r.attempts);
        const lastError = ((error as Error).message ?? String(error)).slice(0, 500);
        await db.emailOutbox.update({
          where: { id: r.id },
          data:
            attempts >= MAX_ATTEMPTS
              ? { failedAt: new Date(), lastError }
              : { nextAttemptAt: new Date(Date.now() + retryDelayMs(attempts)), lastError },
        });
      }
    }),
  );
  return sent;
}

// On globalThis: the app's pages and actions are bundled apart from server.ts, which runs the loop.
const loopHolder = globalThis as { __ensembleWakeMailer?: () => void };

/** Asks this process's mail loop, if one runs, to look now (a notification was just queued). */
export function wakeMailer() {
  loopHolder.__ensembleWakeMailer?.();
}

/** Runs the mail loop: every MAIL_POLL_MS (default 2 s) and whenever woken. Returns a stop function. */
export function startMailer(pollMs = Number(process.env.MAIL_POLL_MS ?? 2_000)): () => void {
  if (!mailConfigured()) return () => {};
  parseSmtpUrl(process.env.SMTP_URL!.trim());
  let running = false;
  let again = false;
  const round = async () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      do {
        again = false;
        while ((await deliverDueEmails()) === BATCH);
      } while (again);
    } catch (error) {
      console.error(`sending notification emails failed: ${(error as Error).message}`);
    } finally {
      running = false;
    }
  };
  loopHolder.__ensembleWakeMailer = () => void round();
  const timer = setInterval(round, pollMs);
  timer.unref();
  void round();
  return () => {
    clearInterval(timer);
    loopHolder.__ensembleWakeMailer = undefined;
  };
}
