import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeOrg, makeTeam, makeTouchpoint, makeUser } from "@/tests/factories";
import { previewAttribution } from "../attribution/preview";
import { createInteraction } from "./create";
import { InteractionInputError } from "./errors";

const ctx = { baseUrl: "http://shop.test" };

async function bakery() {
  const org = await makeOrg({ timeZone: "Europe/Helsinki" });
  const counter = await makeTouchpoint(org.id, "store-main");
  const bakers = await makeTeam(org.id, "Bakery");
  const cashier = await makeUser(org.id, { email: "aiko@example.test" });
  const support = await makeUser(org.id, { email: "ben@example.test", kind: "backoffice" });
  const baker = await makeUser(org.id, { email: "baker@example.test", kind: "backoffice", teamId: bakers.id });
  await db.attributionRule.create({
    data: {
      orgId: org.id,
      touchpointId: counter.id,
      teamId: bakers.id,
      role: "backoffice",
      weight: 0.5,
      windowStart: 360,
      windowEnd: 1080,
    },
  });
  return { org, counter, bakers, cashier, support, baker };
}

async function expectInputError(p: Promise<unknown>, field: string, rule: RegExp) {
  const error = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InteractionInputError);
  expect((error as InteractionInputError).field).toBe(field);
  expect((error as InteractionInputError).rule).toMatch(rule);
}

describe("createInteraction", () => {
  it("stores the named contributors and the rule-credited bakers, with a short unguessable link", async () => {
    const { org, cashier, support, baker } = await bakery();
    const out = await createInteraction(
      org.id,
      {
        ref: "order-1",
        touchpoint: "store-main",
        occurredAt: "2026-03-02T08:00:00Z", // 10:00 in Helsinki: inside the bakers' 06:00–18:00 window
        tags: ["Bread"],
        contributors: [
          { email: "Aiko@example.test", role: "frontline" },
          { email: "ben@example.test", role: "backoffice", weight: 0.7 },
        ],
      },
      ctx,
    );
    expect(out.created).toBe(true);
    expect(out.code).toMatch(/^[0-9A-Za-z]{22}$/);
    expect(out.url).toBe(`http://shop.test/s/${out.code}`);
    expect(new URL(out.url).pathname.length).toBeLessThanOrEqual(40);
    expect(out.qrSvgUrl).toBe(`http://shop.test/s/${out.code}/qr.svg`);
    const row = await db.interaction.findUniqueOrThrow({ where: { id: out.id }, include: { contributions: true } });
    expect(row.expiresAt.toISOString()).toBe("2026-03-16T08:00:00.000Z");
    expect(row.tags).toBe("bread");
    expect(row.source).toBe("api");
    const credits = Object.fromEntries(row.contributions.map((c) => [c.userId, [c.role, c.weight, c.ruleId !== null]]));
    expect(credits).toEqual({
      [cashier.id]: ["frontline", 1, false],
      [support.id]: ["backoffice", 0.7, false],
      [baker.id]: ["backoffice", 0.5, true],
    });
  });

  it("returns the existing interaction for a repeated ref, also under concurrency, storing one row", async () => {
    const { org } = await bakery();
    const input = {
      ref: "pos-42",
      touchpoint: "store-main",
      contributors: [{ email: "aiko@example.test", role: "frontline" as const }],
    };
    const results = await Promise.all(Array.from({ length: 5 }, () => createInteraction(org.id, input, ctx)));
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    const again = await createInteraction(org.id, input, ctx);
    expect(again).toMatchObject({ id: results[0].id, code: results[0].code, created: false });
    expect(await db.interaction.count({ where: { orgId: org.id } })).toBe(1);
    // Aiko once, plus the bakers' rule when the visit falls in its 06:00–18:00 window: never twice.
    const credits = await db.contribution.findMany({ where: { orgId: org.id }, select: { userId: true } });
    expect(credits.length).toBe(new Set(credits.map((c) => c.userId)).size);
    expect(credits.length).toBeLessThanOrEqual(2);
  });

  it("refuses unknown staff, foreign touchpoints, bad roles and weights, naming the field, and stores nothing", async () => {
    const { org } = await bakery();
    const other = await makeOrg();
    await makeTouchpoint(other.id, "their-shop");
    await makeUser(other.id, { email: "stranger@example.test" });
    const base = { ref: "bad", touchpoint: "store-main" };
    await expectInputError(
      createInteraction(
        org.id,
        {
          ...base,
          contributors: [
            { email: "aiko@example.test", role: "frontline" },
            { email: "stranger@example.test", role: "frontline" },
          ],
        },
        ctx,
      ),
      "contributors[1].email",
      /no active staff member with this email/,
    );
    await expectInputError(
      createInteraction(org.id, { ...base, touchpoint: "their-shop" }, ctx),
      "touchpoint",
      /no active touchpoint "their-shop"/,
    );
    await expectInputError(
      createInteraction(
        org.id,
        { ...base, contributors: [{ email: "aiko@example.test", role: "chef" as "frontline" }] },
        ctx,
      ),
      "contributors[0].role",
      /must be frontline or backoffice/,
    );
    await expectInputError(
      createInteraction(
        org.id,
        { ...base, contributors: [{ email: "aiko@example.test", role: "frontline", weight: 0 }] },
        ctx,
      ),
      "contributors[0].weight",
      /\(0, 1\]/,
    );
    await expectInputError(
      createInteraction(org.id, { ...base, extra: 1 } as never, ctx),
      "extra",
      /not a known field/,
    );
    await expectInputError(createInteraction(org.id, { touchpoint: "store-main" } as never, ctx), "ref", /is required/);
    expect(await db.interaction.count({ where: { orgId: org.id } })).toBe(0);
  });

  it("asks with the touchpoint's template's latest version, else the org default's", async () => {
    const { org, counter } = await bakery();
    const def = await db.surveyTemplate.create({ data: { orgId: org.id, name: "Default", isDefault: true } });
    const dv = await db.surveyTemplateVersion.create({ data: { templateId: def.id, version: 1, definition: "{}" } });
    const a = await createInteraction(org.id, { ref: "t1", touchpoint: "store-main" }, ctx);
    expect((await db.interaction.findUniqueOrThrow({ where: { id: a.id } })).templateVersionId).toBe(dv.id);

    const own = await db.surveyTemplate.create({ data: { orgId: org.id, name: "Counter" } });
    await db.surveyTemplateVersion.create({ data: { templateId: own.id, version: 1, definition: "{}" } });
    const v2 = await db.surveyTemplateVersion.create({ data: { templateId: own.id, version: 2, definition: "{}" } });
    await db.touchpoint.update({ where: { id: counter.id }, data: { templateId: own.id } });
    const b = await createInteraction(org.id, { ref: "t2", touchpoint: "store-main" }, ctx);
    expect((await db.interaction.findUniqueOrThrow({ where: { id: b.id } })).templateVersionId).toBe(v2.id);
  });
});

describe("previewAttribution", () => {
  it("shows who an interaction at store-main at 10:00 local would credit, and nobody at 19:00", async () => {
    const { org, counter, baker } = await bakery();
    const at10 = await previewAttribution(org.id, counter.id, new Date("2026-03-02T08:00:00Z"));
    expect(at10).toEqual([
      expect.objectContaining({
        userId: baker.id,
        email: "baker@example.test",
        role: "backoffice",
        weight: 0.5,
        teamName: "Bakery",
      }),
    ]);
    expect(await previewAttribution(org.id, counter.id, new Date("2026-03-02T17:00:00Z"))).toEqual([]);
  });
});
