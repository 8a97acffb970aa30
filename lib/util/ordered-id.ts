// Ids that sort by creation time, for rows written in plain SQL (answers, credits, events and the
// outbox tables behind them).
import { randomBytes } from "node:crypto";

let pool = Buffer.alloc(0);
let offset = 0;

/**
 * 32 hex digits that sort by creation time: the millisecond clock (12 digits), then 80 random
 * bits. Rows keyed by such ids go at the end of their indexes (as UUIDv7 does), so a batch of
 * inserts touches a few index pages instead of one page per row, which is most of what a write
 * costs on either database. Unique without coordination between instances, as a random id.
 */
export function timeOrderedHex(now = Date.now()): string {
  if (offset + 10 > pool.length) {
    pool = randomBytes(10 * 512);
    offset = 0;
  }
  const tail = pool.toString("hex", offset, offset + 10);
  offset += 10;
  return now.toString(16).padStart(12, "0") + tail;
}
