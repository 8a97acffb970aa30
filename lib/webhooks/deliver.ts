// Sending webhook deliveries (docs/events.md): claims due deliveries (the same leased claims as the
// event dispatcher, lib/events/claims.ts), POSTs each body signed, logs every attempt, and on
// anything but a 2xx within 10 s retries with exponential backoff and jitter. After the last
// attempt the delivery is "failed" and shows on the admin screen, where it can be sent again.
import { request as httpRequest, type IncomingMessage } from "node:http";
import { request as httpsRequest } from "node:https";
import { randomUUID } from "node:crypto";
import { db } from "../db";
import { claimRows } from "../events/claims";
import { newRowId, sqlFor } from "../responses/sql";
import { guardedLookup, urlProblem } from "./address";
import { signature } from "./sign";

export const TIMEOUT_MS = 10_000;
/** 10 attempts: with a 30 s first delay the last is about 4 h after the first (never under 3 h with jitter). */
export const MAX_ATTEMPTS = 10;
const EXCERPT_CHARS = 300;
const BATCH = 50;
/** A claimed delivery is someone else's for this long; never shorter than a request can take. */
function leaseMs(): number {
  const n = Number(process.env.EVENTS_LEASE_MS ?? 60_000);
  return Math.max(TIMEOUT_MS + 5_000, Number.isFinite(n) ? n : 60_000);
}

export function retryBaseMs(): number {
  const n = Number(process.env.WEBHOOK_RETRY_BASE_MS ?? 30_000);
  return Number.isFinite(n) && n > 0 ? n : 30_000;
}

/** The wait after failed attempt `n` (1-based): base·2^(n−1), times a jitter factor in [0.8, 1.2). */
export function retryDelayMs(n: number, base = retryBaseMs(), random = Math.random): number {
  return Math.round(base * 2 ** (n - 1) * (0.8 + 0.4 * random()));
}

export type AttemptResult = {
  httpStatus: number | null;
  error: string | null;
  excerpt: string | null;
  durationMs: number;
};

/** One POST. Never throws: a refused, blocked or timed-out request is an attempt without a status. */
export async function post(
  url: string,
  body: string,
  headers: Record<string, string>,
  timeoutMs = TIMEOUT_MS,
): Promise<AttemptResult> {
  const started = Date.now();
  const done = (r: Omit<AttemptResult, "durationMs">): AttemptResult => ({ ...r, durationMs: Date.now() - started });
  const problem = urlProblem(url);
  if (problem) return done({ httpStatus: null, error: `not sent: the URL ${problem}`, excerpt: null });
  const u = new URL(url);
  return new Promise((resolve) => {
    let settled = false;
    const finish = (r: Omit<AttemptResult, "durationMs">) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(done(r));
    };
    const send = u.protocol === "https:" ? httpsRequest : httpRequest;
    const req = send(
      u,
      {
        method: "POST",
        headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body), ...headers },
        lookup: guardedLookup(u) as never,
        agent: false,
      },
      (res: IncomingMessage) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => {
          if (text.length < EXCERPT_CHARS) text += chunk;
        });
        const end = () =>
          finish({
            httpStatus: res.statusCode ?? null,
            error: null,
            excerpt: text ? [...text].slice(0, EXCERPT_CHARS).join("") : null,
          });
        res.on("end", end);
        res.on("error", end);
      },
    );
    const timer = setTimeout(() => {
      req.destroy();
      finish({ httpStatus: null, error: `no answer within ${Math.round(timeoutMs / 1000)} s`, excerpt: null });
    }, timeoutMs);
    req.on("error", (e: NodeJS.ErrnoException) =>
      finish({
        httpStatus: null,
        error: e.code === "EBLOCKED" ? e.message : `${e.code ?? "error"}: ${e.message}`,
        excerpt: null,
      }),
    );
    req.end(body);
  });
}

export function deliveryHeaders(d: { type: string; eventId: string | null; id: string }, secret: string, body: string) {
  return {
    "user-agent": "Ensemble-Webhooks/1",
    "ensemble-event": d.type,
    "ensemble-delivery": d.eventId ?? d.id,
    "ensemble-signature": signature(secret, body),
  };
}

type Claimed = {
  id: string;
  endpointId: string;
  eventId: string | null;
  type: string;
  body: string;
  attempts: number | bigint;
};

export const senderId = `${process.pid}-${randomUUID().slice(0, 8)}`;

/** Claims and sends one batch of due deliveries; returns how many were claimed. */
export async function deliverOnce(opts: { claimer?: string; now?: Date } = {}): Promise<number> {
  const now = opts.now ?? new Date();
  const claimer = opts.claimer ?? senderId;
  const claimed = await claimRows<Claimed>({
    table: "WebhookDelivery",
    columns: ["id", "endpointId", "eventId", "type", "body", "attempts"],
    due: `"status" = 'pending' AND "nextAttemptAt" <= ? AND "endpointId" IN (SELECT "id" FROM "WebhookEndpoint" WHERE "paused" = false AND "removedAt" IS NULL)`,
    dueParams: [now],
    order: `"nextAttemptAt", "id"`,
    limit: BATCH,
    claimer,
    now,
    leaseMs: leaseMs(),
  });
  if (!claimed.length) return 0;
  const endpoints = new Map(
    (
      await db.webhookEndpoint.findMany({
        where: { id: { in: [...new Set(claimed.map((c) => c.endpointId))] } },
        select: { id: true, url: true, secret: true },
      })
    ).map((e) => [e.id, e]),
  );
  const results = await Promise.all(
    claimed.map(async (d) => {
      const endpoint = endpoints.get(d.endpointId)!;
      const at = new Date();
      const result = await post(endpoint.url, d.body, deliveryHeaders(d, endpoint.secret, d.body));
      return { d, at, result, attempts: Number(d.attempts) + 1 };
    }),
  );
  await recordAttempts(results, claimer);
  return claimed.length;
}

async function recordAttempts(
  results: { d: Claimed; at: Date; result: AttemptResult; attempts: number }[],
  claimer: string,
) {
  await db.$transaction(async (tx) => {
    await tx.$executeRawUnsafe(
      sqlFor(
        `INSERT INTO "WebhookAttempt" ("id", "deliveryId", "at", "httpStatus", "error", "excerpt", "durationMs") VALUES ${results
          .map(() => "(?, ?, ?, ?, ?, ?, ?)")
          .join(", ")}`,
      ),
      ...results.flatMap(({ d, at, result }) => [
        newRowId(),
        d.id,
        at,
        result.httpStatus,
        result.error,
        result.excerpt,
        result.durationMs,
      ]),
    );
    const finished = new Date();
    const ok = (r: AttemptResult) => r.httpStatus !== null && r.httpStatus >= 200 && r.httpStatus < 300;
    // Delivered ones settle together; each failure gets its own next attempt time.
    const delivered = results.filter((r) => ok(r.result));
    for (let i = 0; i < delivered.length; i += 200) {
      const part = delivered.slice(i, i + 200);
      await tx.$executeRawUnsafe(
        sqlFor(
          `UPDATE "WebhookDelivery" SET "attempts" = "attempts" + 1, "status" = 'delivered', "deliveredAt" = ?, "nextAttemptAt" = ?, "claimedBy" = NULL, "claimedUntil" = NULL WHERE "claimedBy" = ? AND "id" IN (${part.map(() => "?").join(", ")})`,
        ),
        finished,
        finished,
        claimer,
        ...part.map((r) => r.d.id),
      );
    }
    for (const { d, result, attempts } of results) {
      if (ok(result)) continue;
      const last = attempts >= MAX_ATTEMPTS;
      await tx.$executeRawUnsafe(
        sqlFor(
          `UPDATE "WebhookDelivery" SET "attempts" = ?, "status" = ?, "nextAttemptAt" = ?, "claimedBy" = NULL, "claimedUntil" = NULL WHERE "id" = ? AND "claimedBy" = ?`,
        ),
        attempts,
        last ? "failed" : "pending",
        last ? finished : new Date(finished.getTime() + retryDelayMs(attempts)),
        d.id,
        claimer,
      );
    }
  });
}
