// Leased row claims, shared by the event dispatcher and the webhook sender. One statement marks
// up to `limit` due rows as ours until `until`; a row whose lease ran out (its claimer died or
// hung) is due again. On PostgreSQL the inner SELECT takes row locks with FOR UPDATE SKIP LOCKED,
// so instances claiming at the same moment each get different rows instead of waiting on one
// another; SQLite has one writer at a time, so the plain UPDATE is already exclusive.
import { db, dbTarget } from "../db";
import { sqlFor } from "../responses/sql";

export function toDate(v: unknown): Date {
  return v instanceof Date ? v : new Date(v as string);
}

/**
 * Claims rows of `table` where `due` holds (SQL with "?" placeholders, `dueParams`), ordered by
 * `order`; returns the claimed rows' `columns`.
 */
export async function claimRows<T>(args: {
  table: string;
  columns: string[];
  due: string;
  dueParams: unknown[];
  order: string;
  limit: number;
  claimer: string;
  now: Date;
  leaseMs: number;
}): Promise<T[]> {
  const lock = dbTarget().provider === "postgres" ? " FOR UPDATE SKIP LOCKED" : "";
  const t = `"${args.table}"`;
  const sql = `UPDATE ${t} SET "claimedBy" = ?, "claimedUntil" = ?
    WHERE "id" IN (SELECT "id" FROM ${t} WHERE ${args.due} AND ("claimedUntil" IS NULL OR "claimedUntil" < ?)
                   ORDER BY ${args.order} LIMIT ?${lock})
    RETURNING ${args.columns.map((c) => `"${c}"`).join(", ")}`;
  return db.$queryRawUnsafe<T[]>(
    sqlFor(sql),
    args.claimer,
    new Date(args.now.getTime() + args.leaseMs),
    ...args.dueParams,
    args.now,
    args.limit,
  );
}
