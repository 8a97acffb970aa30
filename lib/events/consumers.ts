// Who hears about each event. The dispatcher (lib/events/dispatch.ts) runs every consumer at
// least once per event, and again after a crash or a failure of any consumer, so each must be
// idempotent by event id (for example a unique index on (eventId, …) and ON CONFLICT DO NOTHING).
import { notificationsConsumer } from "../notifications/notify";
import { webhookFanOut } from "../webhooks/fan-out";
import type { StoredEvent } from "./types";

export type Consumer = {
  name: string;
  handle(event: StoredEvent): Promise<void>;
  /** Optional: a whole claimed batch at once (fewer statements under load); same idempotency. */
  handleMany?(events: StoredEvent[]): Promise<void>;
};

export const consumers: Consumer[] = [webhookFanOut, notificationsConsumer];
