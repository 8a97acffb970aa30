// The events of docs/events.md, as stored in the outbox (model Event) and handed to consumers.
export const EVENT_TYPES = [
  "response.stored",
  "followup.opened",
  "followup.escalated",
  "followup.resolved",
  "kudos",
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export function isEventType(s: string): s is EventType {
  return (EVENT_TYPES as readonly string[]).includes(s);
}

/** An event read back from the outbox, with its organisation's slug (the `org` of a webhook body). */
export type StoredEvent = {
  id: string;
  orgId: string;
  orgSlug: string;
  type: EventType;
  createdAt: Date;
  data: Record<string, unknown>;
  /**
   * The `data` exactly as the outbox stores it (JSON text), when the event was read from there:
   * a webhook body embeds it as it is, without parsing and serialising it again.
   */
  dataJson?: string;
};
