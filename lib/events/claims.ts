// Leased row claims, shared by the event dispatcher and the webhook sender. One statement marks
// up to `limit` due rows as ours until `until`; a row whose lease ran out (its claimer died or
// hung) is due again. On PostgreSQL the inner SELECT takes row locks with FOR UPDATE SKIP LOCKED,
// so instances claiming at the same moment each get different rows instead of waiting on one
// another; SQLite has one writer at a time, so the plain UPDATE is already exclusive.
// Claims run on the raw driver (lib/db/raw.ts) in a write transaction of their own: on SQLite the
// app has one connection, and a statement sent outside a transaction would run inside whichever
// answer's transaction is open at that moment, and be rolled back with it.
import { dbTarget } from "../db";
import { rawTransaction, type SqlTx } from "../db/raw";
import { q } from "./sql";

export { toDate } from "./sql";

/** " FOR UPDATE SKIP LOCKED" on PostgreSQL (concurrent claimers take different rows), "" on SQLite. */
export function skipLocked(): string {
  return dbTarget().provider === "postgres" ? " FOR UPDATE SKIP LOCKED" : "";
}

type ClaimArgs = {
  table: string;
  columns: string[];
  due: string;
  dueParams: unknown[];
  order: string;
  limit: number;
  claimer: string;
  now: Date;
  leaseMs: number;
};

/** The claim in the caller's transaction. */
export function claimRowsIn<T>(tx: SqlTx, args: ClaimArgs): Promise<T[]> {
  const t = `"${args.table}"`;
  const sql = `UPDATE ${t} SET "claimedBy" = ?, "claimedUntil" = ?
    WHERE "id" IN (SELECT "id" FROM ${t} WHERE ${args.due} AND ("claimedUntil" IS NULL OR "claimedUntil" < ?)
                   ORDER BY ${args.order} LIMIT ?${skipLocked()})
    RETURNING ${args.columns.map((c) => `"${c}"`).join(", ")}`;
  return tx.$queryRawUnsafe<T[]>(
    q(sql),
    args.claimer,
    new Date(args.now.getTime() + args.leaseMs),
    ...args.dueParams,
    args.now,
    args.limit,
  );
}

/**
 * Claims rows of `table` where `due` holds (SQL with "?" placeholders, `dueParams`), ordered by
 * `order`, in a transaction of its own; returns the claimed rows' `columns`.
 */
export function claimRows<T>(args: ClaimArgs): Promise<T[]> {
  return rawTransaction((tx) => claimRowsIn<T>(tx, args));
}
