// Group commit for single answers: answers that arrive while a write transaction is running wait
// and are then written together in the next one. Under load this turns N transactions (and N
// fsyncs on SQLite) into a few; when idle an answer is written after one turn of the event loop.
// That turn matters: on SQLite the driver is synchronous, so a transaction started at once would
// finish before the next request is even read and no two answers would ever share one. Waiting
// for setImmediate lets every request already received get checked and join the group. If a
// group fails (a concurrent duplicate won a race, or anything else), its answers are retried one
// by one, so each still gets its own exact result.
import { dbTarget } from "../db";
import { isUniqueViolation } from "../interactions/create";
import type { IngestResult } from "./result";
import { inTransaction, resolveRace, writePlans, type WritePlan } from "./store";

type Waiting = { plan: WritePlan; resolve: (r: IngestResult) => void; reject: (e: unknown) => void };

const MAX_GROUP = 200;
/**
 * Under load (the last group held more than one answer) a group waits this long for more to join
 * before it is written. A SQLite transaction is synchronous, so nothing arrives while one runs:
 * without the pause a group is only what one turn of the event loop read, and a busy server pays
 * a transaction (and its rollup upserts and commit) for every three or four answers.
 */
const GATHER_MS = 1;

/**
 * Groups written at once. SQLite has one writer and a synchronous driver: one. PostgreSQL spends
 * a group's time in round trips: while one group waits on the database the next can be sent on
 * another pooled connection. The rollup rows both touch are upserted last, in key order, so the
 * second waits only for the first's commit, and they cannot deadlock.
 */
const lanes = () => (dbTarget().provider === "postgres" ? 2 : 1);

export class GroupCommitter {
  private queue: Waiting[] = [];
  private running = 0;
  private lastGroup = 0;
  /** Transactions written and answers in them, for the benchmark and tests. */
  readonly stats = { transactions: 0, answers: 0 };

  write(plan: WritePlan): Promise<IngestResult> {
    return new Promise((resolve, reject) => {
      this.queue.push({ plan, resolve, reject });
      if (this.running < lanes()) {
        this.running++;
        setImmediate(() => void this.drain());
      }
    });
  }

  private async drain() {
    try {
      while (this.queue.length) {
        if (this.lastGroup > 1 && this.queue.length < MAX_GROUP) await new Promise((r) => setTimeout(r, GATHER_MS));
        const group = this.queue.splice(0, MAX_GROUP);
        this.lastGroup = group.length;
        this.stats.transactions++;
        this.stats.answers += group.length;
        try {
          await inTransaction((tx) =>
            writePlans(
              tx,
              group.map((g) => g.plan),
            ),
          );
          for (const g of group) g.resolve({ status: "stored", id: g.plan.response.id });
        } catch {
          for (const g of group) await writeAlone(g);
        }
        // Let the requests that arrived during this transaction be checked and join the next one.
        if (this.queue.length) await new Promise((r) => setImmediate(r));
      }
    } finally {
      this.running--;
    }
  }
}

async function writeAlone(g: Waiting) {
  try {
    await inTransaction((tx) => writePlans(tx, [g.plan]));
    g.resolve({ status: "stored", id: g.plan.response.id });
  } catch (error) {
    if (!isUniqueViolation(error)) return g.reject(error);
    try {
      const settled = await resolveRace(g.plan);
      if (settled) g.resolve(settled);
      else g.reject(error);
    } catch (again) {
      g.reject(again);
    }
  }
}

/** One per process (held on globalThis so Next's bundled copy and server.ts share it). */
export function sharedCommitter(): GroupCommitter {
  const g = globalThis as { __ensembleCommitter?: GroupCommitter };
  return (g.__ensembleCommitter ??= new GroupCommitter());
}
