// The webhook consumer of the event outbox: one delivery row per endpoint that wants the event.
// The row does not repeat the event: its body (docs/events.md's JSON, lib/webhooks/body.ts) is
// built from the event it references whenever it is sent, the same bytes every time, so each
// event's data is written once, not once more per endpoint. Idempotent by (endpoint, event):
// running it twice for one event adds nothing.
// It runs in the dispatcher's transaction. When this process runs the webhook sender, the rows
// for live endpoints are inserted already claimed by that sender, and once the transaction commits
// they are handed to it in memory (lib/webhooks/deliver.ts), so a fresh delivery is sent without
// being claimed and read back first. Only rows this insert created are handed over: a row another
// instance created first stays with whoever holds it. A process killed before sending leaves its
// rows to be claimed again when the lease runs out, as any claim.
import { rawTransaction, type SqlTx } from "../db/raw";
import type { Consumer } from "../events/consumers";
import { ids, inIds, insertRows, orderedRowId, q } from "../events/sql";
import type { StoredEvent } from "../events/types";
import { FROM_EVENT, webhookBody } from "./body";
import { handOff, handOffRoom, senderId, deliveryLeaseMs, type Ready } from "./deliver";

/** An endpoint's filter: empty means every type. */
export function wants(filter: string, type: string): boolean {
  return filter === "" || filter.split(",").includes(type);
}

type Endpoint = { id: string; orgId: string; events: string; paused: boolean | number; url: string; secret: string };

const COLUMNS = [
  "id",
  "endpointId",
  "eventId",
  "type",
  "body",
  "status",
  "attempts",
  "nextAttemptAt",
  "createdAt",
  "claimedBy",
  "claimedUntil",
];
const TUPLE = "(?, ?, ?, ?, ?, 'pending', 0, ?, ?, ?, ?)";

/** One delivery per (endpoint, event) for the endpoints that want each event: one read, the inserts. */
async function fanOut(tx: SqlTx, events: StoredEvent[]): Promise<void | (() => void)> {
  if (!events.length) return;
  const endpoints = await tx.$queryRawUnsafe<Endpoint[]>(
    q(`SELECT "id", "orgId", "events", "paused", "url", "secret" FROM "WebhookEndpoint"
        WHERE "removedAt" IS NULL AND ${inIds(`"orgId"`)}`),
    ids([...new Set(events.map((e) => e.orgId))]),
  );
  if (!endpoints.length) return;
  const now = new Date();
  const until = new Date(now.getTime() + deliveryLeaseMs());
  let room = handOffRoom();
  const rows: unknown[][] = [];
  const ready = new Map<string, Ready>();
  for (const event of events) {
    const targets = endpoints.filter((e) => e.orgId === event.orgId && wants(e.events, event.type));
    if (!targets.length) continue;
    const body = webhookBody(event);
    for (const t of targets) {
      const id = orderedRowId();
      const mine = !t.paused && room > 0;
      rows.push([id, t.id, event.id, event.type, FROM_EVENT, now, now, mine ? senderId : null, mine ? until : null]);
      if (!mine) continue;
      room--;
      ready.set(id, {
        id,
        endpointId: t.id,
        eventId: event.id,
        type: event.type,
        body,
        attempts: 0,
        url: t.url,
        secret: t.secret,
        until: until.getTime(),
      });
    }
  }
  const inserted = await insertRows<{ id: string }>(
    tx,
    "WebhookDelivery",
    COLUMNS,
    rows,
    `ON CONFLICT ("endpointId", "eventId") DO NOTHING RETURNING "id"`,
    TUPLE,
  );
  const handed = inserted.flatMap((r) => (ready.has(r.id) ? [ready.get(r.id)!] : []));
  if (handed.length) return () => handOff(handed);
}

export const webhookFanOut: Consumer = {
  name: "webhooks",
  handle: (event) => webhookFanOutAlone([event]),
  handleMany: (events) => webhookFanOutAlone(events),
  inTransaction: fanOut,
};

/** The fan-out in a transaction of its own (outside the dispatcher's). */
async function webhookFanOutAlone(events: StoredEvent[]): Promise<void> {
  const done = await rawTransaction((tx) => fanOut(tx, events));
  done?.();
}
