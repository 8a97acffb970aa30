// Sending webhook deliveries (docs/events.md): claims due deliveries (the same leased claims as the
// event dispatcher, lib/events/claims.ts), POSTs each body signed, logs every attempt, and on
// anything but a 2xx within 10 s retries with exponential backoff and jitter. After the last
// attempt the delivery is "failed" and shows on the admin screen, where it can be sent again.
// Fresh deliveries come from this process's fan-out in memory, already claimed (lib/webhooks/
// fan-out.ts); the table is claimed from for the rest. Statements go through the raw driver.
// The server runs this loop in a thread of its own (lib/webhooks/sender-thread.ts, started by
// lib/webhooks/sender.ts) with a database connection of its own; the admin's "Send test" uses
// `post` in the server's thread.
import {
  Agent as HttpAgent,
  request as httpRequest,
  type ClientRequest,
  type IncomingMessage,
  type RequestOptions,
} from "node:http";
import { Agent as HttpsAgent, request as httpsRequest } from "node:https";
import { randomUUID } from "node:crypto";
import { isMainThread, workerData } from "node:worker_threads";
import { rawTransaction, type SqlTx } from "../db/raw";
import { claimRowsIn } from "../events/claims";
import { ids, inIds, insertRows, orderedRowId, q, toDate } from "../events/sql";
import type { EventType } from "../events/types";
import { FROM_EVENT, webhookBody } from "./body";
import { guardedLookup, urlProblem } from "./address";
import { signature } from "./sign";

export const TIMEOUT_MS = 10_000;
/** 10 attempts: with a 30 s first delay the last is about 4 h after the first (never under 3 h with jitter). */
export const MAX_ATTEMPTS = 10;
const EXCERPT_CHARS = 300;
/** Deliveries per round: one claim, the POSTs side by side, one transaction for the results (under load, few write transactions beside the ingesting connection). */
export const DELIVERY_BATCH = 500;
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

/** A delivery is acknowledged by a 2xx answer; anything else (or no answer) is retried. */
export const acknowledged = (httpStatus: number | null) => httpStatus !== null && httpStatus >= 200 && httpStatus < 300;

export type AttemptResult = {
  httpStatus: number | null;
  error: string | null;
  excerpt: string | null;
  durationMs: number;
};

/**
 * Kept-alive connections per receiver origin, so a burst of deliveries does not open one TCP (and
 * TLS) connection each. Every new connection still goes through the address check (`lookup`).
 */
const agents = new Map<string, HttpAgent>();
function agentFor(u: URL): HttpAgent {
  let agent = agents.get(u.origin);
  if (!agent) {
    const options = { keepAlive: true, maxSockets: 16, keepAliveMsecs: 1_000, timeout: TIMEOUT_MS };
    agent = u.protocol === "https:" ? new HttpsAgent(options) : new HttpAgent(options);
    agents.set(u.origin, agent);
  }
  return agent;
}

/** Closes the kept-alive connections (a stopping sender thread). */
export function closeAgents() {
  for (const agent of agents.values()) agent.destroy();
  agents.clear();
}

/** What a POST to one URL needs, worked out once per URL (and the settings the address rules read). */
type Target = { problem: string; u?: never } | { problem: null; u: URL; options: RequestOptions; https: boolean };
const targets = new Map<string, Target>();
function targetFor(url: string): Target {
  const key = `${url}\n${process.env.PUBLIC_BASE_URL ?? ""}\n${process.env.NEXTAUTH_URL ?? ""}\n${process.env.PORT ?? ""}`;
  let t = targets.get(key);
  if (!t) {
    const problem = urlProblem(url);
    if (problem) t = { problem };
    else {
      const u = new URL(url);
      const https = u.protocol === "https:";
      t = {
        problem: null,
        u,
        https,
        options: {
          method: "POST",
          protocol: u.protocol,
          hostname: u.hostname.replace(/^\[|\]$/g, ""),
          port: u.port || (https ? 443 : 80),
          path: `${u.pathname}${u.search}`,
          lookup: guardedLookup(u) as never,
        },
      };
    }
    if (targets.size >= 1_000) targets.clear();
    targets.set(key, t);
  }
  return t;
}

/** One POST. Never throws: a refused, blocked or timed-out request is an attempt without a status. */
export async function post(
  url: string,
  body: string,
  headers: Record<string, string>,
  timeoutMs = TIMEOUT_MS,
): Promise<AttemptResult> {
  const started = Date.now();
  const done = (r: Omit<AttemptResult, "durationMs">): AttemptResult => ({ ...r, durationMs: Date.now() - started });
  const target = targetFor(url);
  if (target.problem !== null)
    return done({ httpStatus: null, error: `not sent: the URL ${target.problem}`, excerpt: null });
  const { u, options, https } = target;
  const all = { "content-type": "application/json", "content-length": Buffer.byteLength(body), ...headers };
  return new Promise((resolve) => {
    let settled = false;
    const finish = (r: Omit<AttemptResult, "durationMs">) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(done(r));
    };
    const send = https ? httpsRequest : httpRequest;
    let req: ClientRequest;
    const attempt = (fresh: boolean) => {
      req = send({ ...options, headers: all, agent: fresh ? false : agentFor(u) }, (res: IncomingMessage) => {
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
      });
      req.on("error", (e: NodeJS.ErrnoException) => {
        // A kept-alive connection the receiver closed just as we reused it: the request never
        // reached it, so send it once more on a new connection (not a failed attempt).
        if (!fresh && req.reusedSocket && (e.code === "ECONNRESET" || e.code === "EPIPE") && !settled)
          return attempt(true);
        finish({
          httpStatus: null,
          error: e.code === "EBLOCKED" ? e.message : `${e.code ?? "error"}: ${e.message}`,
          excerpt: null,
        });
      });
      req.end(body);
    };
    const timer = setTimeout(() => {
      req.destroy();
      finish({ httpStatus: null, error: `no answer within ${Math.round(timeoutMs / 1000)} s`, excerpt: null });
    }, timeoutMs);
    attempt(false);
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
/** A delivery ready to send: claimed by this sender until `until` (ms), with its endpoint's URL and secret. */
export type Ready = Claimed & { url: string; secret: string; until: number };

/**
 * Who claims for this process's sender. The sender thread claims under the id of the server
 * thread that started it (workerData.senderId), so the rows the fan-out there inserts already
 * claimed are the thread's own.
 */
export const senderId: string =
  (!isMainThread && (workerData as { senderId?: string } | null)?.senderId) ||
  `${process.pid}-${randomUUID().slice(0, 8)}`;

/** Where fresh deliveries go: this thread's sender loop, or the sender thread (lib/webhooks/sender.ts). */
export type HandOffSink = {
  /** How many more deliveries may be handed over now. */
  room(): number;
  /** Takes claimed deliveries after the fan-out's transaction committed, and wakes the sender. */
  take(items: Ready[]): void;
};

// Fresh deliveries handed over in memory to a sender loop in this thread (already claimed by
// senderId), oldest first. Only while such a loop runs (setSenderWake), and only so many: past
// that, new rows wait in the table to be claimed like any other.
export const READY_MAX = 5_000;
const ready: Ready[] = [];
let taken = 0;
let sink: HandOffSink | null = null;

/** Called by a sender loop in this thread: hand-offs wake it; null when it stops (rows then wait in the table). */
export function setSenderWake(wake: (() => void) | null) {
  if (!wake) {
    taken += ready.length;
    ready.length = 0; // their claims run out and they are claimed again
    sink = null;
    return;
  }
  sink = {
    room: () => Math.max(0, READY_MAX - ready.length),
    take: (items) => {
      ready.push(...items);
      wake();
    },
  };
}

/** Where this thread's fan-out hands fresh deliveries (null: nowhere, they wait in the table). */
export function setHandOffSink(next: HandOffSink | null) {
  sink = next;
}

/** How many handed-over deliveries have left this thread's queue so far (sent, or dropped as stale). */
export function takenCount(): number {
  return taken;
}

/** How many more deliveries the fan-out may hand over now (0 when no sender takes them). */
export function handOffRoom(): number {
  return sink ? sink.room() : 0;
}

/** After the fan-out's transaction committed: its claimed rows, to send without reading them back. */
export function handOff(items: Ready[]) {
  sink?.take(items);
}

/** The lease of a delivery claim (EVENTS_LEASE_MS, never under a request's time limit plus 5 s). */
export function deliveryLeaseMs(): number {
  return leaseMs();
}

/** Handed-over deliveries to send now: those whose claim still outlasts a request. */
function takeReady(max: number): Ready[] {
  const out: Ready[] = [];
  const safe = Date.now() + TIMEOUT_MS + 1_000;
  while (out.length < max && ready.length) {
    const r = ready.shift()!;
    taken++;
    if (r.until > safe) out.push(r);
  }
  return out;
}

/** While handed-over deliveries keep coming, the table is still looked at this often (retries, other instances' leftovers). */
const TABLE_EVERY_MS = 1_000;
let tableAt = 0;

/**
 * Sends one batch of due deliveries (handed-over ones first, then claimed from the table);
 * returns how many it took.
 */
export async function deliverOnce(opts: { claimer?: string; now?: Date } = {}): Promise<number> {
  const now = opts.now ?? new Date();
  const claimer = opts.claimer ?? senderId;
  const batch = claimer === senderId ? takeReady(DELIVERY_BATCH) : [];
  if (batch.length < DELIVERY_BATCH && (!batch.length || now.getTime() - tableAt >= TABLE_EVERY_MS)) {
    tableAt = now.getTime();
    batch.push(...(await claimDue(claimer, now, DELIVERY_BATCH - batch.length)));
  }
  if (!batch.length) return 0;
  const results = await Promise.all(
    batch.map(async (d) => {
      const at = new Date();
      const result = await post(d.url, d.body, deliveryHeaders(d, d.secret, d.body));
      return { d, at, result, attempts: Number(d.attempts) + 1 };
    }),
  );
  await recordAttempts(results, claimer);
  return batch.length;
}

/** Claims due deliveries of live endpoints, with each endpoint's URL and secret: one transaction. */
function claimDue(claimer: string, now: Date, limit: number): Promise<Ready[]> {
  return rawTransaction(async (tx) => {
    const claimed = await claimRowsIn<Claimed>(tx, {
      table: "WebhookDelivery",
      columns: ["id", "endpointId", "eventId", "type", "body", "attempts"],
      due: `"status" = 'pending' AND "nextAttemptAt" <= ? AND "endpointId" IN (SELECT "id" FROM "WebhookEndpoint" WHERE "paused" = false AND "removedAt" IS NULL)`,
      dueParams: [now],
      order: `"nextAttemptAt", "id"`,
      limit,
      claimer,
      now,
      leaseMs: leaseMs(),
    });
    if (!claimed.length) return [];
    const endpoints = new Map(
      (
        await tx.$queryRawUnsafe<{ id: string; url: string; secret: string }[]>(
          q(`SELECT "id", "url", "secret" FROM "WebhookEndpoint" WHERE ${inIds(`"id"`)}`),
          ids([...new Set(claimed.map((c) => c.endpointId))]),
        )
      ).map((e) => [e.id, e]),
    );
    const bodies = await eventBodies(
      tx,
      claimed.flatMap((c) => (c.body === FROM_EVENT && c.eventId ? [c.eventId] : [])),
    );
    const until = now.getTime() + leaseMs();
    return claimed.flatMap((c) => {
      const e = endpoints.get(c.endpointId);
      const body = c.body === FROM_EVENT && c.eventId ? bodies.get(c.eventId) : c.body;
      return e && body !== undefined ? [{ ...c, body, url: e.url, secret: e.secret, until }] : [];
    });
  });
}

/** The bodies of event deliveries, built from their events as the fan-out built them (lib/webhooks/body.ts). */
async function eventBodies(tx: SqlTx, eventIds: string[]): Promise<Map<string, string>> {
  if (!eventIds.length) return new Map();
  const rows = await tx.$queryRawUnsafe<{ id: string; type: string; createdAt: unknown; data: string; slug: string }[]>(
    q(`SELECT e."id", e."type", e."createdAt", e."data", o."slug" FROM "Event" e
        JOIN "Organization" o ON o."id" = e."orgId" WHERE ${inIds(`e."id"`)}`),
    ids([...new Set(eventIds)]),
  );
  return new Map(
    rows.map((r) => [
      r.id,
      webhookBody({
        id: r.id,
        type: r.type as EventType,
        createdAt: toDate(r.createdAt),
        orgSlug: r.slug,
        data: {},
        dataJson: r.data,
      }),
    ]),
  );
}

const ATTEMPT_COLUMNS = ["id", "deliveryId", "at", "httpStatus", "error", "excerpt", "durationMs"];

/** Every attempt logged, delivered ones settled in one statement, each failure given its next time: one transaction. */
async function recordAttempts(
  results: { d: Claimed; at: Date; result: AttemptResult; attempts: number }[],
  claimer: string,
) {
  await rawTransaction(async (tx) => {
    await insertRows(
      tx,
      "WebhookAttempt",
      ATTEMPT_COLUMNS,
      results.map(({ d, at, result }) => [
        orderedRowId(),
        d.id,
        at,
        result.httpStatus,
        result.error,
        result.excerpt,
        result.durationMs,
      ]),
    );
    const finished = new Date();
    const delivered = results.filter((r) => acknowledged(r.result.httpStatus)).map((r) => r.d.id);
    if (delivered.length)
      await tx.$executeRawUnsafe(
        q(
          `UPDATE "WebhookDelivery" SET "attempts" = "attempts" + 1, "status" = 'delivered', "deliveredAt" = ?, "nextAttemptAt" = ?, "claimedBy" = NULL, "claimedUntil" = NULL WHERE "claimedBy" = ? AND ${inIds(`"id"`)}`,
        ),
        finished,
        finished,
        claimer,
        ids(delivered),
      );
    for (const { d, result, attempts } of results) {
      if (acknowledged(result.httpStatus)) continue;
      const last = attempts >= MAX_ATTEMPTS;
      await tx.$executeRawUnsafe(
        q(
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
