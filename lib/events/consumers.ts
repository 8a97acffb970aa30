// Who hears about each event. The dispatcher (lib/events/dispatch.ts) runs every consumer at
// least once per event, and again after a crash or a failure of any consumer, so each must be
// idempotent by event id (for example a unique index on (eventId, …) and ON CONFLICT DO NOTHING).
import type { SqlTx } from "../db/raw";
import { notificationsConsumer } from "../notifications/notify";
import { webhookFanOut } from "../webhooks/fan-out";
import type { StoredEvent } from "./types";

export type Consumer = {
  name: string;
  handle(event: StoredEvent): Promise<void>;
  /** Optional: a whole claimed batch at once (fewer statements under load); same idempotency. */
  handleMany?(events: StoredEvent[]): Promise<void>;
  /**
   * Optional, for consumers whose work is database writes only: a claimed batch inside the
   * dispatcher's own transaction, which also marks the events dispatched, so the work and the
   * mark commit together (or not at all). May return what to do once that transaction commits.
   */
  inTransaction?(tx: SqlTx, events: StoredEvent[]): Promise<void | (() => void)>;
};

export const consumers: Consumer[] = [webhookFanOut, notificationsConsumer];
