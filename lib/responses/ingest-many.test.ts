// Batch semantics beyond the HTTP shape: conflicts inside one batch, races with single posts,
// and a kiosk backlog of 1,000 answers.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { authenticateApiKey } from "@/lib/auth/api-key";
import { ingestResponse } from "./ingest";
import { ingestMany } from "./ingest-many";
import { counts, makeKioskKey, makeShop, newId } from "./test-helpers";

describe("ingestMany", () => {
  it("settles repeats inside one batch: same id → duplicate, another id for the same link → 409", async () => {
    const { org, link } = await makeShop();
    const ix = await link("m-1");
    const id = newId();
    const out = await ingestMany(
      [
        { id, code: ix.code, answers: { nps: 9 } },
        { id, code: ix.code, answers: { nps: 9 } },
        { id: newId(), code: ix.code, answers: { nps: 2 } },
      ],
      { limits: false },
    );
    expect(out.map((r) => r.status)).toEqual(["stored", "duplicate", "rejected"]);
    expect(out[2]).toMatchObject({ httpStatus: 409, field: "code" });
    expect(await counts(org.id)).toMatchObject({ responses: 1, followUps: 0 });
  });

  it("stores exactly one answer per link when a batch races single posts to the same links", async () => {
    const { org, link } = await makeShop();
    const links = [];
    for (let i = 0; i < 30; i++) links.push(await link(`m-race-${i}`));
    const [batch, ...singles] = await Promise.all([
      ingestMany(
        links.map((l) => ({ id: newId(), code: l.code, answers: { nps: 3 } })),
        { limits: false },
      ),
      ...links.map((l) => ingestResponse({ id: newId(), code: l.code, answers: { nps: 10 } }, { limits: false })),
    ]);
    const stored =
      batch.filter((r) => r.status === "stored").length + singles.filter((r) => r.status === "stored").length;
    expect(stored).toBe(30);
    expect(
      [...batch, ...singles].every((r) => r.status === "stored" || (r.status === "rejected" && r.httpStatus === 409)),
    ).toBe(true);
    const c = await counts(org.id);
    expect(c.responses).toBe(30);
    expect(c.followUps).toBe(batch.filter((r) => r.status === "stored").length); // only the batch's nps 3 answers are detractors
    const orgRollups = await db.dailyRollup.findMany({ where: { orgId: org.id, subjectType: "org" } });
    expect(orgRollups.reduce((s, r) => s + r.responses, 0)).toBe(30);
  });

  it("drains a kiosk backlog of 1,000 answers in two requests, exactly once, with rollups to match", async () => {
    const { org, tp, baker } = await makeShop();
    const kiosk = await authenticateApiKey(`Bearer ${await makeKioskKey(org.id, tp.id)}`, "kiosk");
    const items = Array.from({ length: 1000 }, (_, i) => ({
      id: newId(),
      touchpoint: "store-main",
      answers: { nps: i % 11, csat: 1 + (i % 5) },
      answeredAt: new Date(Date.now() - i * 1000).toISOString(),
    }));
    const started = performance.now();
    const first = await ingestMany(items.slice(0, 500), { kiosk, limits: false });
    const second = await ingestMany(items.slice(500), { kiosk, limits: false });
    const ms = performance.now() - started;
    console.log(`kiosk backlog: 1000 answers stored in ${ms.toFixed(0)} ms`);
    expect([...first, ...second].every((r) => r.status === "stored")).toBe(true);
    const again = await ingestMany(items.slice(0, 500), { kiosk, limits: false });
    expect(again.every((r) => r.status === "duplicate")).toBe(true);
    expect(await counts(org.id)).toMatchObject({ responses: 1000, interactions: 1000 });
    expect(await db.contribution.count({ where: { orgId: org.id, userId: baker.id } })).toBe(1000);
    const bakerDays = await db.dailyRollup.findMany({
      where: { orgId: org.id, subjectType: "user", subjectId: baker.id },
    });
    expect(bakerDays.reduce((s, r) => s + r.responses, 0)).toBe(1000);
  }, 120_000); // 1,000 answers: a minute on a busy 2-core machine with other test files running
});
