// The outbox dispatcher: claims recorded events, runs every consumer (lib/events/consumers.ts)
// on each, and marks it dispatched once all succeeded. At least once: a crash between a
// consumer's work and the mark means the event is claimed again, which is why consumers are
// idempotent by event id. A failing consumer puts the event back with a growing delay; the
// others run again too, and do nothing the second time.
// The app's own consumers write to the database only, so a batch runs in ONE transaction on the
// raw driver (lib/db/raw.ts): take up to DISPATCH_BATCH due events (on PostgreSQL row-locked with
// FOR UPDATE SKIP LOCKED, so another instance takes others), run each consumer on the whole batch
// under a savepoint of its own, mark the batch dispatched, commit. A process killed midway leaves
// nothing half done: the events are simply still due. Consumers that do other work (tests plug in
// their own) run outside any transaction on rows claimed with a lease (claims.ts) instead.
import { randomUUID } from "node:crypto";
import { rawTransaction, type SqlTx } from "../db/raw";
import { claimRows, skipLocked } from "./claims";
import { consumers as allConsumers, type Consumer } from "./consumers";
import { ids, inIds, q, toDate } from "./sql";
import { isEventType, type StoredEvent } from "./types";

/** Events per round: one claim, one pass of each consumer over the batch, one mark. */
export const DISPATCH_BATCH = 500;
/** How long a claim holds (EVENTS_LEASE_MS): a dispatcher that died holding events frees them after this. */
export function eventLeaseMs(): number {
  const n = Number(process.env.EVENTS_LEASE_MS ?? 60_000);
  return Number.isFinite(n) && n >= 100 ? n : 60_000;
}
const RETRY_BASE_MS = 1_000;
const RETRY_MAX_MS = 10 * 60_000;

export type DispatchOptions = { claimer?: string; now?: Date; consumers?: Consumer[]; leaseMs?: number };

type Row = { id: string; orgId: string; type: string; data: string; createdAt: unknown; attempts: number | bigint };
const COLUMNS = ["id", "orgId", "type", "data", "createdAt", "attempts"];

const slugs = new Map<string, string>();
/** Organisation slugs (the `org` of a webhook body), read once per process per org. */
async function orgSlugs(tx: SqlTx, orgIds: string[]): Promise<Map<string, string>> {
  const missing = orgIds.filter((id) => !slugs.has(id));
  if (missing.length) {
    const orgs = await tx.$queryRawUnsafe<{ id: string; slug: string }[]>(
      q(`SELECT "id", "slug" FROM "Organization" WHERE ${inIds(`"id"`)}`),
      ids(missing),
    );
    for (const o of orgs) slugs.set(o.id, o.slug);
  }
  return slugs;
}

async function toEvents(tx: SqlTx, rows: Row[]): Promise<StoredEvent[]> {
  const bySlug = await orgSlugs(tx, [...new Set(rows.map((r) => r.orgId))]);
  return rows.map((r) => storedEvent(r, bySlug.get(r.orgId) ?? ""));
}

/**
 * An outbox row as consumers get it. `data` is parsed on first use only: most events (every
 * response.stored) are only ever embedded in a webhook body, which takes the stored text as it is.
 */
function storedEvent(r: Row, orgSlug: string): StoredEvent {
  let data: Record<string, unknown> | undefined;
  return {
    id: r.id,
    orgId: r.orgId,
    orgSlug,
    type: isEventType(r.type) ? r.type : (r.type as StoredEvent["type"]),
    createdAt: toDate(r.createdAt),
    dataJson: r.data,
    get data() {
      return (data ??= JSON.parse(r.data) as Record<string, unknown>);
    },
    set data(value) {
      data = value;
      this.dataJson = undefined; // no longer what the data says
    },
  };
}

const retryDelay = (attempts: number) => Math.min(RETRY_MAX_MS, RETRY_BASE_MS * 2 ** Math.min(attempts - 1, 20));

/** Puts failed events back, each after a delay that grows with its attempts. */
async function putBack(tx: SqlTx, failed: Row[], at: Date, claimer?: string) {
  for (const r of failed) {
    const attempts = Number(r.attempts) + 1;
    await tx.$executeRawUnsafe(
      q(
        `UPDATE "Event" SET "attempts" = ?, "availableAt" = ?, "claimedBy" = NULL, "claimedUntil" = NULL WHERE "id" = ?${claimer ? ` AND "claimedBy" = ?` : ""}`,
      ),
      attempts,
      new Date(at.getTime() + retryDelay(attempts)),
      r.id,
      ...(claimer ? [claimer] : []),
    );
  }
}

const markSql = () =>
  q(
    `UPDATE "Event" SET "dispatchedAt" = ?, "claimedBy" = NULL, "claimedUntil" = NULL WHERE "dispatchedAt" IS NULL AND ${inIds(`"id"`)}`,
  );

export const processId = `${process.pid}-${randomUUID().slice(0, 8)}`;

/** One batch in one transaction, for consumers that all work inside it. */
async function dispatchInTransaction(consumers: Consumer[], now: Date): Promise<number> {
  const after: (() => void)[] = [];
  const taken = await rawTransaction(async (tx) => {
    const rows = await tx.$queryRawUnsafe<Row[]>(
      q(`SELECT ${COLUMNS.map((c) => `"${c}"`).join(", ")} FROM "Event"
          WHERE "dispatchedAt" IS NULL AND "availableAt" <= ? AND ("claimedUntil" IS NULL OR "claimedUntil" < ?)
          ORDER BY "availableAt", "id" LIMIT ?${skipLocked()}`),
      now,
      now,
      DISPATCH_BATCH,
    );
    if (!rows.length) return 0;
    const events = await toEvents(tx, rows);
    let failed = false;
    for (const c of consumers) {
      await tx.$executeRawUnsafe(q(`SAVEPOINT consumer`));
      try {
        const done = await c.inTransaction!(tx, events);
        await tx.$executeRawUnsafe(q(`RELEASE SAVEPOINT consumer`));
        if (done) after.push(done);
      } catch (error) {
        await tx.$executeRawUnsafe(q(`ROLLBACK TO SAVEPOINT consumer`));
        await tx.$executeRawUnsafe(q(`RELEASE SAVEPOINT consumer`));
        failed = true;
        console.error(`[events] consumer ${c.name} failed on a batch of ${events.length}:`, error);
      }
    }
    // Every consumer has run: the events are dispatched. A failure puts the whole batch back; the
    // consumers that succeeded find their work done when it comes round again.
    if (failed) await putBack(tx, rows, new Date());
    else await tx.$executeRawUnsafe(markSql(), new Date(), ids(rows.map((r) => r.id)));
    return rows.length;
  });
  for (const done of after) done();
  return taken;
}

/** Claims and dispatches one batch of due events; returns how many were claimed. */
export async function dispatchOnce(opts: DispatchOptions = {}): Promise<number> {
  const now = opts.now ?? new Date();
  const consumers = opts.consumers ?? allConsumers;
  if (consumers.every((c) => c.inTransaction) && !opts.claimer) return dispatchInTransaction(consumers, now);
  const claimer = opts.claimer ?? processId;
  const rows = await claimRows<Row>({
    table: "Event",
    columns: COLUMNS,
    due: `"dispatchedAt" IS NULL AND "availableAt" <= ?`,
    dueParams: [now],
    order: `"availableAt", "id"`,
    limit: DISPATCH_BATCH,
    claimer,
    now,
    leaseMs: opts.leaseMs ?? eventLeaseMs(),
  });
  if (!rows.length) return 0;
  const events = await rawTransaction((tx) => toEvents(tx, rows));
  const failedIds = new Set<string>();
  for (const c of consumers) {
    if (c.handleMany) {
      try {
        await c.handleMany(events);
      } catch (error) {
        for (const e of events) failedIds.add(e.id);
        console.error(`[events] consumer ${c.name} failed on a batch of ${events.length}:`, error);
      }
      continue;
    }
    for (const event of events) {
      try {
        await c.handle(event);
      } catch (error) {
        failedIds.add(event.id);
        console.error(`[events] consumer ${c.name} failed on ${event.type} ${event.id}:`, error);
      }
    }
  }
  // Every consumer has run: the event is dispatched, even if our lease ran out meanwhile and
  // someone else holds it now (their run of the consumers then changes nothing).
  const done = rows.filter((r) => !failedIds.has(r.id)).map((r) => r.id);
  const failed = rows.filter((r) => failedIds.has(r.id));
  await rawTransaction(async (tx) => {
    const finished = new Date();
    if (done.length) await tx.$executeRawUnsafe(markSql(), finished, ids(done));
    await putBack(tx, failed, finished, claimer);
  });
  return rows.length;
}

/** Dispatches until nothing is due (tests, the CLI). */
export async function dispatchAll(opts: DispatchOptions = {}): Promise<number> {
  let total = 0;
  for (;;) {
    const n = await dispatchOnce(opts);
    total += n;
    if (n < DISPATCH_BATCH) return total;
  }
}
