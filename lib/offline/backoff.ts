// The outbox's retry rules, pure so they are tested in milliseconds and shared by the page
// and the service worker. An answer leaves the outbox only when the server confirmed it
// (stored, or a duplicate of one it already has) or refused it for good (404/409/410/422);
// rate limits, server errors, network failures and timeouts keep it for a later try.
// There is no age limit: an answer queued for a month is still sent.

export const BACKOFF_BASE_MS = 2_000;
export const BACKOFF_MAX_MS = 5 * 60_000;

/**
 * Delay before retry number `attempt` (0 = the first retry): exponential, capped, with "equal
 * jitter" (half fixed, half random) so a shop full of phones coming back online at once does
 * not hit the server in lockstep, yet no retry comes sooner than half the nominal delay.
 */
export function backoffDelay(attempt: number, random: () => number = Math.random): number {
  const nominal = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, Math.min(attempt, 30)));
  return Math.round(nominal / 2 + random() * (nominal / 2));
}

export type ItemOutcome = "confirmed" | "dropped" | "retry";

/** HTTP statuses after which sending the same answer again can never succeed. */
const PERMANENT = new Set([400, 404, 409, 410, 413, 415, 422]);

export function isPermanent(httpStatus: number): boolean {
  return PERMANENT.has(httpStatus);
}

/** One entry of the batch endpoint's `results`: { id, status, httpStatus?, error? }. */
export type BatchItemResult = { id: string; status: string; httpStatus?: number; error?: string; field?: string };

export function classifyItem(result: BatchItemResult | undefined): ItemOutcome {
  if (!result) return "retry"; // the server did not mention it: try again
  if (result.status === "stored" || result.status === "duplicate") return "confirmed";
  const code = Number(result.httpStatus);
  if (Number.isFinite(code) && code > 0) return isPermanent(code) ? "dropped" : "retry";
  return result.status === "rejected" ? "dropped" : "retry";
}

export type BatchOutcome = "per-item" | "retry" | "split" | "hold";

/** What a whole batch response means before looking at its items. */
export function classifyBatch(httpStatus: number, batchSize: number): BatchOutcome {
  if (httpStatus >= 200 && httpStatus < 300) return "per-item";
  // Too big, or refused as a whole: send fewer at a time, down to one, so one bad answer
  // cannot hold the good ones hostage; a refused single answer is then judged on its own.
  if ((httpStatus === 413 || httpStatus === 400 || httpStatus === 422) && batchSize > 1) return "split";
  if (httpStatus === 401 || httpStatus === 403) return "hold"; // a revoked kiosk key: keep, never drop
  if (batchSize === 1 && isPermanent(httpStatus)) return "per-item";
  return "retry"; // 408, 429, 5xx, anything unexpected
}
