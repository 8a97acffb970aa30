// Answers that arrive together share a write transaction, and each still gets its own result.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { sharedCommitter } from "./group-commit";
import { ingestResponse } from "./ingest";
import { makeShop, newId } from "./test-helpers";

describe("group commit", () => {
  it("writes 40 answers that arrive at once in a few transactions, with a result for each", async () => {
    const { link } = await makeShop();
    const links = [];
    for (let i = 0; i < 40; i++) links.push(await link(`gc-${i}`));
    const ids = links.map(() => newId());
    const before = { ...sharedCommitter().stats };
    const results = await Promise.all(
      links.map((l, i) => ingestResponse({ id: ids[i], code: l.code, answers: { nps: i % 11 } })),
    );
    const after = sharedCommitter().stats;
    expect(results.map((r) => r.status)).toEqual(Array(40).fill("stored"));
    expect(after.answers - before.answers).toBe(40);
    expect(after.transactions - before.transactions).toBeLessThanOrEqual(4);
    expect(await db.response.count({ where: { id: { in: ids } } })).toBe(40);
  });

  it("settles a group with a duplicate inside: the others are stored, the replay is a duplicate", async () => {
    const { link } = await makeShop();
    const a = await link("gc-dup-a");
    const b = await link("gc-dup-b");
    const id = newId();
    const results = await Promise.all([
      ingestResponse({ id, code: a.code, answers: { nps: 9 } }),
      ingestResponse({ id, code: a.code, answers: { nps: 9 } }),
      ingestResponse({ id: newId(), code: b.code, answers: { nps: 3 } }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["duplicate", "stored", "stored"]);
    expect(await db.response.count({ where: { interactionId: { in: [a.id, b.id] } } })).toBe(2);
  });
});
