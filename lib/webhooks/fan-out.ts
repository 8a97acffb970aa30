// The webhook consumer of the event outbox: one delivery row per endpoint that wants the event.
// The body is fixed here (docs/events.md's JSON), so every attempt and every resend sends the same
// bytes. Idempotent by (endpoint, event): running it twice for one event adds nothing.
import { db } from "../db";
import type { Consumer } from "../events/consumers";
import type { StoredEvent } from "../events/types";
import { newRowId, sqlFor } from "../responses/sql";

export function webhookBody(e: Pick<StoredEvent, "id" | "type" | "createdAt" | "orgSlug" | "data">): string {
  return JSON.stringify({ id: e.id, type: e.type, createdAt: e.createdAt.toISOString(), org: e.orgSlug, data: e.data });
}

/** An endpoint's filter: empty means every type. */
export function wants(filter: string, type: string): boolean {
  return filter === "" || filter.split(",").includes(type);
}

/** One delivery per (endpoint, event) for the endpoints that want each event: one read, a few inserts. */
async function fanOut(events: StoredEvent[]): Promise<void> {
  if (!events.length) return;
  const endpoints = await db.webhookEndpoint.findMany({
    where: { orgId: { in: [...new Set(events.map((e) => e.orgId))] }, removedAt: null },
    select: { id: true, orgId: true, events: true },
  });
  if (!endpoints.length) return;
  const now = new Date();
  const rows = events.flatMap((event) => {
    const targets = endpoints.filter((e) => e.orgId === event.orgId && wants(e.events, event.type));
    if (!targets.length) return [];
    const body = webhookBody(event);
    return targets.map((t) => [newRowId(), t.id, event.id, event.type, body, now, now]);
  });
  const tuple = "(?, ?, ?, ?, ?, 'pending', 0, ?, ?)";
  for (let i = 0; i < rows.length; i += 200) {
    const part = rows.slice(i, i + 200);
    await db.$executeRawUnsafe(
      sqlFor(
        `INSERT INTO "WebhookDelivery" ("id", "endpointId", "eventId", "type", "body", "status", "attempts", "nextAttemptAt", "createdAt") VALUES ${part
          .map(() => tuple)
          .join(", ")} ON CONFLICT ("endpointId", "eventId") DO NOTHING`,
      ),
      ...part.flat(),
    );
  }
}

export const webhookFanOut: Consumer = {
  name: "webhooks",
  handle: (event) => fanOut([event]),
  handleMany: fanOut,
};
