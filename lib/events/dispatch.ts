// The outbox dispatcher: claims recorded events, runs every consumer (lib/events/consumers.ts)
// on each, and marks it dispatched once all succeeded. At least once: a crash between a
// consumer's work and the mark means the event is claimed again when its lease runs out, which
// is why consumers are idempotent by event id. A failing consumer puts the event back with a
// growing delay; the others run again too, and do nothing the second time.
import { randomUUID } from "node:crypto";
import { db } from "../db";
import { sqlFor } from "../responses/sql";
import { claimRows, toDate } from "./claims";
import { consumers as allConsumers, type Consumer } from "./consumers";
import { isEventType, type StoredEvent } from "./types";

const BATCH = 100;
/** How long a claim holds (EVENTS_LEASE_MS): a dispatcher that died holding events frees them after this. */
export function eventLeaseMs(): number {
  const n = Number(process.env.EVENTS_LEASE_MS ?? 60_000);
  return Number.isFinite(n) && n >= 100 ? n : 60_000;
}
const RETRY_BASE_MS = 1_000;
const RETRY_MAX_MS = 10 * 60_000;

export type DispatchOptions = { claimer?: string; now?: Date; consumers?: Consumer[]; leaseMs?: number };

type Row = { id: string; orgId: string; type: string; data: string; createdAt: unknown; attempts: number | bigint };

const slugs = new Map<string, string>();
async function orgSlugs(orgIds: string[]): Promise<Map<string, string>> {
  const missing = orgIds.filter((id) => !slugs.has(id));
  if (missing.length) {
    const orgs = await db.organization.findMany({ where: { id: { in: missing } }, select: { id: true, slug: true } });
    for (const o of orgs) slugs.set(o.id, o.slug);
  }
  return slugs;
}

export const processId = `${process.pid}-${randomUUID().slice(0, 8)}`;

/** Claims and dispatches one batch of due events; returns how many were claimed. */
export async function dispatchOnce(opts: DispatchOptions = {}): Promise<number> {
  const now = opts.now ?? new Date();
  const claimer = opts.claimer ?? processId;
  const rows = await claimRows<Row>({
    table: "Event",
    columns: ["id", "orgId", "type", "data", "createdAt", "attempts"],
    due: `"dispatchedAt" IS NULL AND "availableAt" <= ?`,
    dueParams: [now],
    order: `"availableAt", "id"`,
    limit: BATCH,
    claimer,
    now,
    leaseMs: opts.leaseMs ?? eventLeaseMs(),
  });
  if (!rows.length) return 0;
  const bySlug = await orgSlugs([...new Set(rows.map((r) => r.orgId))]);
  const consumers = opts.consumers ?? allConsumers;
  const events: StoredEvent[] = rows.map((r) => ({
    id: r.id,
    orgId: r.orgId,
    orgSlug: bySlug.get(r.orgId) ?? "",
    type: isEventType(r.type) ? r.type : (r.type as StoredEvent["type"]),
    createdAt: toDate(r.createdAt),
    data: JSON.parse(r.data) as Record<string, unknown>,
  }));
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
  const done = rows.filter((r) => !failedIds.has(r.id)).map((r) => r.id);
  const failed = rows.filter((r) => failedIds.has(r.id)).map((r) => ({ id: r.id, attempts: Number(r.attempts) + 1 }));
  // Every consumer has run: the event is dispatched, even if our lease ran out meanwhile and
  // someone else holds it now (their run of the consumers then changes nothing).
  const finished = new Date();
  for (let i = 0; i < done.length; i += 500) {
    const part = done.slice(i, i + 500);
    await db.$executeRawUnsafe(
      sqlFor(
        `UPDATE "Event" SET "dispatchedAt" = ?, "claimedBy" = NULL, "claimedUntil" = NULL WHERE "dispatchedAt" IS NULL AND "id" IN (${part.map(() => "?").join(", ")})`,
      ),
      finished,
      ...part,
    );
  }
  for (const f of failed) {
    const delay = Math.min(RETRY_MAX_MS, RETRY_BASE_MS * 2 ** Math.min(f.attempts - 1, 20));
    await db.$executeRawUnsafe(
      sqlFor(
        `UPDATE "Event" SET "attempts" = ?, "availableAt" = ?, "claimedBy" = NULL, "claimedUntil" = NULL WHERE "id" = ? AND "claimedBy" = ?`,
      ),
      f.attempts,
      new Date(finished.getTime() + delay),
      f.id,
      claimer,
    );
  }
  return rows.length;
}

/** Dispatches until nothing is due (tests, the CLI). */
export async function dispatchAll(opts: DispatchOptions = {}): Promise<number> {
  let total = 0;
  for (;;) {
    const n = await dispatchOnce(opts);
    total += n;
    if (n < BATCH) return total;
  }
}
