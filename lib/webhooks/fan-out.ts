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

export const webhookFanOut: Consumer = {
  name: "webhooks",
  async handle(event) {
    const endpoints = await db.webhookEndpoint.findMany({
      where: { orgId: event.orgId, removedAt: null },
      select: { id: true, events: true },
    });
    const targets = endpoints.filter((e) => wants(e.events, event.type));
    if (!targets.length) return;
    const body = webhookBody(event);
    const now = new Date();
    const tuple = "(?, ?, ?, ?, ?, 'pending', 0, ?, ?)";
    await db.$executeRawUnsafe(
      sqlFor(
        `INSERT INTO "WebhookDelivery" ("id", "endpointId", "eventId", "type", "body", "status", "attempts", "nextAttemptAt", "createdAt") VALUES ${targets
          .map(() => tuple)
          .join(", ")} ON CONFLICT ("endpointId", "eventId") DO NOTHING`,
      ),
      ...targets.flatMap((t) => [newRowId(), t.id, event.id, event.type, body, now, now]),
    );
  },
};
