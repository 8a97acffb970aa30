// Recording an event: ALWAYS inside the transaction that makes the change it reports, so the
// event exists exactly when the change does (committed together, rolled back together). The
// dispatcher (lib/events/dispatch.ts) delivers it afterwards, at least once.
import type { SqlTx } from "../db/raw";
import { sqlFor } from "../responses/sql";
import { timeOrderedHex } from "../util/ordered-id";
import type { EventType } from "./types";

type Raw = Pick<SqlTx, "$executeRawUnsafe">;

export type NewEvent = { orgId: string; type: EventType; data: Record<string, unknown> };
export type EventRow = { id: string; orgId: string; type: EventType; data: string; createdAt: Date };

export const EVENT_COLUMNS = ["id", "orgId", "type", "data", "createdAt", "availableAt", "attempts"] as const;

/**
 * Event ids: "ev_" and 32 hex digits, unique without coordination between instances. They start
 * with the time (lib/events/sql.ts), so the outbox's indexes grow at one end.
 */
export function newEventId(): string {
  return `ev_${timeOrderedHex()}`;
}

/** The rows for `events`, for writers that insert through their own connection (the import). */
export function eventRows(events: NewEvent[], at = new Date()): EventRow[] {
  return events.map((e) => ({
    id: newEventId(),
    orgId: e.orgId,
    type: e.type,
    data: JSON.stringify(e.data),
    createdAt: at,
  }));
}

/** Column values in EVENT_COLUMNS order. */
export function eventValues(row: EventRow): unknown[] {
  return [row.id, row.orgId, row.type, row.data, row.createdAt, row.createdAt, 0];
}

const ROWS_PER_STATEMENT = 500;

let recording = true;
/** For bench/events.ts only: ingest without the outbox, so the same run can show what it costs. */
export function setEventRecording(on: boolean) {
  recording = on;
}

/** Whether the write path records events (always, except in bench/events.ts's baseline). */
export function eventRecordingOn(): boolean {
  return recording;
}

/** Records events in the caller's transaction, a few hundred per statement; returns their ids. */
export async function recordEvents(tx: Raw, events: NewEvent[], at = new Date()): Promise<string[]> {
  if (!recording) return [];
  const rows = eventRows(events, at);
  const head = `INSERT INTO "Event" (${EVENT_COLUMNS.map((c) => `"${c}"`).join(", ")}) VALUES `;
  const tuple = `(${EVENT_COLUMNS.map(() => "?").join(", ")})`;
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const part = rows.slice(start, start + ROWS_PER_STATEMENT);
    await tx.$executeRawUnsafe(sqlFor(head + part.map(() => tuple).join(", ")), ...part.flatMap(eventValues));
  }
  return rows.map((r) => r.id);
}

export async function recordEvent(tx: Raw, event: NewEvent, at = new Date()): Promise<string> {
  const [id] = await recordEvents(tx, [event], at);
  return id;
}

/**
 * Tells this process's dispatcher, if one runs, to look now. Call it after the commit (the write
 * path does); without it the event is still found by the next poll, within a second.
 */
export function wakeDispatcher() {
  (globalThis as { __ensembleWakeDispatcher?: () => void }).__ensembleWakeDispatcher?.();
}
