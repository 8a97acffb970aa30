// The body of a webhook delivery (docs/events.md): {"id", "type", "createdAt", "org", "data"}.
// Built from the event, so every attempt and every resend of an event's delivery sends the same
// bytes: the event row never changes and an organisation's slug is fixed once created.
import type { StoredEvent } from "../events/types";

/** The stored body of an event's delivery: empty, as the sender builds it from the event (deliver.ts). */
export const FROM_EVENT = "";

export function webhookBody(
  e: Pick<StoredEvent, "id" | "type" | "createdAt" | "orgSlug" | "data"> & { dataJson?: string },
): string {
  // The stored data text is what JSON.stringify made of the data (lib/events/record.ts), so
  // embedding it as it is gives the same bytes as serialising the parsed object again.
  if (e.dataJson !== undefined)
    return `{"id":${JSON.stringify(e.id)},"type":${JSON.stringify(e.type)},"createdAt":"${e.createdAt.toISOString()}","org":${JSON.stringify(e.orgSlug)},"data":${e.dataJson}}`;
  return JSON.stringify({ id: e.id, type: e.type, createdAt: e.createdAt.toISOString(), org: e.orgSlug, data: e.data });
}
