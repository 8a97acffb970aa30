// Many answers at once (the outbox's and the kiosk's batch): each is checked on its own, then
// the accepted ones are written in chunks, one transaction per chunk, so a backlog of 1,000
// answers costs a handful of commits instead of 1,000. If a chunk fails (a concurrent submit
// won a race, or anything unexpected), its answers are retried one by one, so every answer
// still gets its own exact result and one bad answer never sinks the others.
import { isUniqueViolation } from "../interactions/create";
import { ingestResponse, prepareResponse, type IngestContext, type IngestResult } from "./ingest";
import { storedAnswers } from "./kiosk";
import { reject } from "./result";
import { normaliseResponseId, RESPONSE_ID_RE } from "../validation";
import { inTransaction, writePlans, type WritePlan } from "./store";

export type ManyItemResult = IngestResult | { status: "error"; id?: string };
const CHUNK = 100;

export async function ingestMany(items: unknown[], ctx: IngestContext = {}): Promise<ManyItemResult[]> {
  const results: ManyItemResult[] = new Array(items.length);
  const kioskCache = ctx.kioskCache ?? new Map();
  // Kiosk answers: which are already stored, in one query rather than one per answer.
  const kioskIds = items.flatMap((item) => {
    const o = item as { id?: unknown; touchpoint?: unknown } | null;
    return typeof o === "object" &&
      o !== null &&
      o.touchpoint !== undefined &&
      typeof o.id === "string" &&
      RESPONSE_ID_RE.test(o.id)
      ? [normaliseResponseId(o.id)]
      : [];
  });
  const known =
    kioskIds.length && ctx.kiosk ? { checked: new Set(kioskIds), stored: await storedAnswers(kioskIds) } : undefined;
  const base = { ...ctx, kioskCache, known, now: ctx.now ?? new Date() };
  const pending: { index: number; plan: WritePlan }[] = [];
  const planned = new Map<string, WritePlan>(); // response id → plan
  const answered = new Set<string>(); // interaction ids answered by an earlier item of this batch

  for (const [index, item] of items.entries()) {
    try {
      const p = await prepareResponse(item, base);
      if (p.status !== "write") {
        results[index] = p;
        continue;
      }
      const { plan } = p;
      const earlier = planned.get(plan.response.id);
      if (earlier) {
        const same = plan.kioskRef
          ? earlier.kioskRef?.ref === plan.kioskRef.ref
          : earlier.response.interactionId === plan.response.interactionId;
        results[index] = same
          ? { status: "duplicate", id: plan.response.id }
          : reject(409, "id", "is already used by an answer to another survey");
        continue;
      }
      if (!plan.newInteraction && answered.has(plan.response.interactionId)) {
        results[index] = reject(409, "code", "this survey has already been answered");
        continue;
      }
      planned.set(plan.response.id, plan);
      answered.add(plan.response.interactionId);
      pending.push({ index, plan });
    } catch (error) {
      console.error("[ingestMany] item", index, error);
      results[index] = { status: "error" };
    }
  }

  for (let start = 0; start < pending.length; start += CHUNK) {
    const chunk = pending.slice(start, start + CHUNK);
    try {
      await inTransaction(async (tx) => {
        await writePlans(
          tx,
          chunk.map((c) => c.plan),
        );
      });
      for (const { index, plan } of chunk) results[index] = { status: "stored", id: plan.response.id };
    } catch (error) {
      if (!isUniqueViolation(error)) console.error("[ingestMany] chunk failed, retrying one by one", error);
      for (const { index } of chunk) {
        try {
          // Limits were already charged when the item was checked.
          results[index] = await ingestResponse(items[index], { ...base, known: undefined, limits: false });
        } catch (itemError) {
          console.error("[ingestMany] item", index, itemError);
          results[index] = { status: "error" };
        }
      }
    }
  }
  return results;
}
