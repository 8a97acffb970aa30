// Sends the outbox to POST /api/v1/responses/batch, oldest first, and removes an answer only
// after the server confirmed it (or refused it for good, which is noted). Page and service
// worker both call this; a Web Lock keeps two tabs from sending the same batch at once,
// and ingest is idempotent by id should it happen anyway.
import { classifyBatch, classifyItem, type BatchItemResult } from "./backoff";
import { getMeta, markAttempt, peek, remove, setMeta, type OutboxItem } from "./outbox";

export const KIOSK_KEY = "kioskKey";
export const DROPPED_NOTES = "droppedNotes";
export const BATCH_URL = "/api/v1/responses/batch";
// The endpoint takes up to 500; 200 keeps one request well under its 1 MB body limit.
const BATCH_SIZE = 200;

/** pending: answers remain; held: they wait for a kiosk key; busy: another tab or the worker is sending. */
export type DrainResult = {
  confirmed: string[];
  dropped: { id: string; error: string }[];
  pending: boolean;
  held: boolean;
  busy?: boolean;
};

export async function drainOutbox(): Promise<DrainResult> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (!locks) return drainUnlocked();
  const result = await locks.request("ensemble-outbox", { ifAvailable: true }, async (lock) =>
    lock ? drainUnlocked() : null,
  );
  // Someone else is draining right now; report what is left as pending so the caller re-checks.
  return result ?? { confirmed: [], dropped: [], pending: true, held: false, busy: true };
}

async function drainUnlocked(): Promise<DrainResult> {
  const out: DrainResult = { confirmed: [], dropped: [], pending: false, held: false };
  let size = BATCH_SIZE;
  for (;;) {
    const items = await peek(size);
    if (!items.length) return out;
    const key = await getMeta<string>(KIOSK_KEY);
    // Kiosk answers need the device key; without it they wait (held), never dropped.
    const batch = items.filter((i) => i.kind === "survey" || key).slice(0, size);
    if (!batch.length) return { ...out, pending: true, held: true };
    const headers: Record<string, string> = { "content-type": "application/json" };
    // Never mix keyed kiosk answers and public survey answers in one request.
    const kiosk = batch.filter((i) => i.kind === "kiosk");
    const sending = kiosk.length ? kiosk : batch;
    if (kiosk.length) headers.authorization = `Bearer ${key}`;

    let response: Response;
    try {
      response = await fetch(BATCH_URL, {
        method: "POST",
        headers,
        body: JSON.stringify({ responses: sending.map((i) => i.body) }),
        credentials: "omit",
        cache: "no-store",
      });
    } catch (error) {
      await markAttempt(sending, `network: ${(error as Error).message}`);
      return { ...out, pending: true };
    }
    const verdict = classifyBatch(response.status, sending.length);
    if (verdict === "split") {
      size = Math.max(1, Math.floor(sending.length / 2));
      continue;
    }
    if (verdict === "retry" || verdict === "hold") {
      await markAttempt(sending, `http ${response.status}`);
      return { ...out, pending: true, held: verdict === "hold" };
    }
    const results = await readResults(response, sending);
    const done: string[] = [];
    const notes: { id: string; error: string }[] = [];
    for (const item of sending) {
      const r = results.get(item.id);
      const outcome = classifyItem(r);
      if (outcome === "confirmed") {
        out.confirmed.push(item.id);
        done.push(item.id);
      } else if (outcome === "dropped") {
        notes.push({ id: item.id, error: r?.error ?? `http ${r?.httpStatus ?? response.status}` });
        done.push(item.id);
      }
    }
    if (notes.length) {
      out.dropped.push(...notes);
      const previous = (await getMeta<{ id: string; error: string; at: number }[]>(DROPPED_NOTES)) ?? [];
      await setMeta(DROPPED_NOTES, [...previous, ...notes.map((n) => ({ ...n, at: Date.now() }))].slice(-50));
    }
    await remove(done);
    const left = sending.filter((i) => !done.includes(i.id));
    if (left.length) {
      await markAttempt(left, "not confirmed");
      return { ...out, pending: true };
    }
    size = BATCH_SIZE;
  }
}

async function readResults(response: Response, sent: OutboxItem[]): Promise<Map<string, BatchItemResult>> {
  const map = new Map<string, BatchItemResult>();
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // fall through: judged by the status alone below
  }
  const results = (body as { results?: BatchItemResult[] } | null)?.results;
  if (Array.isArray(results)) {
    for (const r of results) if (r && typeof r.id === "string") map.set(r.id, r);
  } else if (sent.length === 1 && !response.ok) {
    // A single answer refused as a whole (e.g. 422): judge it by the response's status.
    const error = (body as { error?: string } | null)?.error ?? `http ${response.status}`;
    map.set(sent[0].id, { id: sent[0].id, status: "rejected", httpStatus: response.status, error });
  }
  return map;
}
