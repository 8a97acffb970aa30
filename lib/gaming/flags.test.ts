// Gaming flags end to end on the database: a realistic normal day (with months of history) raises
// none; scripted cheating raises each kind, linked to exactly the answers behind it; excluding a
// flag's answers changes the scores, which still match a recomputation from raw responses, with
// an audit entry; including them again restores the scores.
import { describe, expect, it } from "vitest";
import { auditLog } from "../audit/record";
import { createApiKey } from "../auth/api-key";
import { db } from "../db";
import { rebuildRollups } from "../rollups/rebuild";
import { orgScores, userScores } from "../rollups/queries";
import { ingestResponse } from "../responses/ingest";
import { seededRandom } from "../util/seeded-random";
import { makeOrg, makeTeam, makeTouchpoint, makeUser } from "../../tests/factories";
import { makeShop, newId } from "../responses/test-helpers";
import { computeFlags } from "./compute-flags";
import { dismissFlag, getFlag, listFlags } from "./flags";
import { setFlagExclusion } from "./exclude";
import { addressOrigin, kioskOrigin } from "./origin";
import { storeTestAnswers, type TestAnswer } from "./testing";
import type { FlagKind } from "./types";

const NOW = new Date("2026-11-20T20:00:00Z");
const DAY = 86_400_000;
const MIN = 60_000;

const COMMENTS = [
  "Lovely staff, quick service.",
  "Coffee was cold.",
  "I'd give them a 10 any day.",
  "They asked me to wait 10 minutes, but it was fine.",
  "Die Beratung war super, ich würde eine 10 geben.",
  "Очень вежливый персонал, поставлю десятку.",
  "Palvelu oli nopeaa, kiitos!",
  "とても親切でした。10点をつけました。",
  "Queue was long at 10 o'clock.",
];

function npsDraw(r: () => number): number {
  const x = r();
  if (x < 0.35) return 10;
  if (x < 0.6) return 9;
  if (x < 0.72) return 8;
  if (x < 0.8) return 7;
  return Math.floor(r() * 7);
}

async function normalOrg(seed = 7) {
  const r = seededRandom(seed);
  const org = await makeOrg({ timeZone: "Europe/Helsinki" });
  const tp = await makeTouchpoint(org.id, "store-main");
  const admin = await makeUser(org.id, { role: "admin", name: "Ada" });
  const team = await makeTeam(org.id, "Counter");
  const staff: Awaited<ReturnType<typeof makeUser>>[] = [];
  for (const name of ["Aino", "Bea", "Cai", "Dana", "Eero", "Ville"])
    staff.push(await makeUser(org.id, { name, teamId: team.id }));
  const kioskKey = await createApiKey(org.id, { name: "Front door", scope: "kiosk", touchpointId: tp.id });
  const phone = () => addressOrigin(org.id, `198.51.${Math.floor(r() * 255)}.${Math.floor(r() * 255)}`);
  const who = (i = Math.floor(r() * staff.length)) => [{ userId: staff[i].id, teamId: team.id }];
  const answers: TestAnswer[] = [];
  const dayStart = (d: number) => NOW.getTime() - d * DAY - 12 * 60 * MIN;
  // History: the 90-day baseline at about one answer every other day per person, the last two
  // weeks at two a day, all at the same rates.
  for (let d = 1; d <= 104; d++)
    for (let i = 0; i < staff.length; i++) {
      const count = d <= 14 ? 2 : r() < 0.5 ? 1 : 0;
      for (let k = 0; k < count; k++)
        answers.push({
          at: new Date(dayStart(d) + r() * 12 * 60 * MIN),
          nps: npsDraw(r),
          origin: phone(),
          credits: who(i),
        });
    }
  // The normal day: 40 phone answers, 10 of them over the shop's guest Wi-Fi; 50 kiosk answers,
  // a queue now and then (two customers 6 s apart) but nobody faster than a person.
  const wifi = addressOrigin(org.id, "192.0.2.44");
  for (let k = 0; k < 40; k++)
    answers.push({
      at: new Date(dayStart(0) + r() * 12 * 60 * MIN),
      nps: npsDraw(r),
      csat: 3 + Math.floor(r() * 3),
      comment: r() < 0.35 ? COMMENTS[Math.floor(r() * COMMENTS.length)] : null,
      origin: k < 10 ? wifi : phone(),
      credits: who(),
    });
  let t = dayStart(0);
  for (let k = 0; k < 50; k++) {
    t += k % 12 === 5 ? 6_000 : 20_000 + r() * 25 * MIN;
    answers.push({
      at: new Date(t),
      nps: npsDraw(r),
      comment: r() < 0.2 ? COMMENTS[Math.floor(r() * COMMENTS.length)] : null,
      origin: kioskOrigin(kioskKey.id),
      credits: who(),
    });
  }
  await storeTestAnswers(org, tp, answers);
  return { org, tp, admin, team, staff, kioskKey, phone, who };
}

type Shop = Awaited<ReturnType<typeof normalOrg>>;
const actor = (s: Shop) => ({ userId: s.admin.id, orgId: s.org.id, role: "admin" as const });

/** The cheating, scripted: one of each pattern. */
async function cheat(s: Shop) {
  const at = (ms: number) => new Date(NOW.getTime() - 3 * 60 * MIN + ms);
  const burst = await storeTestAnswers(
    s.org,
    s.tp,
    Array.from({ length: 9 }, (_, k) => ({
      at: at(k * 3 * MIN),
      nps: 10,
      origin: addressOrigin(s.org.id, "203.0.113.9"),
      credits: s.who(0),
    })),
  );
  // Ville's answers: 60 extra 10s over the last two weeks, each from its own phone.
  const ville = await storeTestAnswers(
    s.org,
    s.tp,
    Array.from({ length: 60 }, (_, k) => ({
      at: new Date(NOW.getTime() - (k + 1) * 5 * 60 * MIN),
      nps: 10,
      origin: s.phone(),
      credits: s.who(5),
    })),
  );
  const asked = await storeTestAnswers(s.org, s.tp, [
    {
      at: at(-40 * MIN),
      nps: 10,
      comment: "Die Kassiererin hat mich gebeten, eine 10 zu geben. Sonst alles gut.",
      origin: s.phone(),
      credits: s.who(2),
    },
  ]);
  const fast = await storeTestAnswers(
    s.org,
    s.tp,
    [10, 9, 8, 10, 7, 9].map((nps, k) => ({
      at: at(-90 * MIN + k * 1500),
      nps,
      origin: kioskOrigin(s.kioskKey.id),
      credits: s.who(3),
    })),
  );
  return { burst, ville, asked, fast };
}

/** Scores straight from the stored answers that count: an independent NPS per subject. */
async function rawNps(orgId: string, userId?: string) {
  const rows = await db.response.findMany({
    where: {
      orgId,
      excludedAt: null,
      nps: { not: null },
      ...(userId ? { interaction: { contributions: { some: { userId, excludedAt: null } } } } : {}),
    },
    select: { nps: true },
  });
  const p = rows.filter((x) => x.nps! >= 9).length;
  const d = rows.filter((x) => x.nps! <= 6).length;
  return { n: rows.length, nps: Math.round((100000 * (p - d)) / rows.length) / 1000 };
}

async function rollupsMatchRebuild(orgId: string) {
  const read = () =>
    db.dailyRollup.findMany({
      where: { orgId },
      orderBy: [{ subjectType: "asc" }, { subjectId: "asc" }, { day: "asc" }],
    });
  const key = (rows: Awaited<ReturnType<typeof read>>) =>
    rows
      .filter((x) => x.responses !== 0)
      .map((x) => [x.subjectType, x.subjectId, x.day, x.responses, x.npsProm, x.npsDet, x.npsN]);
  const stored = key(await read());
  await rebuildRollups(orgId);
  expect(stored).toEqual(key(await read()));
}

describe("gaming flags", () => {
  it("a normal day, with months of history behind it, raises no flag", async () => {
    const s = await normalOrg();
    expect(await db.response.count({ where: { orgId: s.org.id } })).toBeGreaterThan(500);
    expect(await computeFlags(s.org.id, NOW)).toEqual({ raised: 0, updated: 0 });
    expect(await listFlags(actor(s))).toEqual([]);
  });

  it("each scripted pattern raises its flag, linked to exactly the answers behind it", async () => {
    const s = await normalOrg(11);
    const c = await cheat(s);
    await computeFlags(s.org.id, NOW);
    const flags = await listFlags(actor(s));
    const byKind = new Map(flags.map((f) => [f.kind, f]));
    expect([...byKind.keys()].sort()).toEqual(["asked-for-ten", "burst", "kiosk-speed", "share-jump"]);
    expect(flags).toHaveLength(4);
    const idsOf = async (kind: FlagKind) =>
      (await getFlag(actor(s), byKind.get(kind)!.id))!.answers.map((a) => a.id).sort();
    expect(await idsOf("burst")).toEqual([...c.burst].sort());
    expect(await idsOf("kiosk-speed")).toEqual([...c.fast].sort());
    expect(await idsOf("asked-for-ten")).toEqual(c.asked);
    const tens = await idsOf("share-jump");
    for (const id of c.ville) expect(tens).toContain(id);
    expect(byKind.get("share-jump")).toMatchObject({ subject: "Ville", n: tens.length });
    expect(byKind.get("kiosk-speed")).toMatchObject({ subject: "Kiosk key “Front door”", n: 6 });
    expect(byKind.get("asked-for-ten")).toMatchObject({ subject: "Cai", n: 1 });
    expect(byKind.get("burst")!.summary).toMatch(/^9 top scores out of 9 answers from one address/);

    // The next round finds the same flags: nothing new, nothing doubled.
    expect(await computeFlags(s.org.id, new Date(NOW.getTime() + MIN))).toMatchObject({ raised: 0 });
    expect(await listFlags(actor(s))).toHaveLength(4);

    // A dismissed flag stays dismissed, and staff never see flags.
    await dismissFlag(actor(s), { flagId: byKind.get("asked-for-ten")!.id, reason: "Customer was joking" });
    await computeFlags(s.org.id, new Date(NOW.getTime() + 2 * MIN));
    const open = await listFlags(actor(s));
    expect(open.map((f) => f.kind).sort()).toEqual(["burst", "kiosk-speed", "share-jump"]);
    expect((await listFlags(actor(s), { dismissed: true })).map((f) => f.kind)).toEqual(["asked-for-ten"]);
    expect(await listFlags({ ...actor(s), role: "staff" })).toEqual([]);
  });

  it("excluding a flag's answers changes the scores, which still match the raw answers; including restores them", async () => {
    const s = await normalOrg(13);
    const c = await cheat(s);
    await computeFlags(s.org.id, NOW);
    const burst = (await listFlags(actor(s))).find((f) => f.kind === "burst")!;
    const aino = s.staff[0].id;
    const before = { org: await orgScores(s.org.id), aino: await userScores(s.org.id, aino) };
    expect(before.org.nps).toBeCloseTo((await rawNps(s.org.id)).nps, 2);

    await expect(setFlagExclusion(actor(s), { flagId: burst.id, action: "exclude", reason: "" })).rejects.toThrow();
    await expect(
      setFlagExclusion({ ...actor(s), role: "manager" }, { flagId: burst.id, action: "exclude", reason: "x y z" }),
    ).rejects.toMatchObject({ status: 403 });
    expect(
      await setFlagExclusion(actor(s), { flagId: burst.id, action: "exclude", reason: "Nine 10s from one phone" }),
    ).toEqual({ changed: 9, action: "exclude" });
    // A second click changes nothing.
    expect(
      await setFlagExclusion(actor(s), { flagId: burst.id, action: "exclude", reason: "Nine 10s from one phone" }),
    ).toEqual({ changed: 0, action: "exclude" });

    const after = { org: await orgScores(s.org.id), aino: await userScores(s.org.id, aino) };
    expect(after.org.responses).toBe(before.org.responses - 9);
    expect(after.aino.responses).toBe(before.aino.responses - 9);
    expect(after.org.nps).toBeLessThan(before.org.nps!);
    const raw = { org: await rawNps(s.org.id), aino: await rawNps(s.org.id, aino) };
    expect(after.org.npsN).toBe(raw.org.n);
    expect(after.org.nps).toBeCloseTo(raw.org.nps, 2);
    expect(after.aino.npsN).toBe(raw.aino.n);
    expect(after.aino.nps).toBeCloseTo(raw.aino.nps, 2);
    expect(await db.response.count({ where: { id: { in: c.burst }, excludedAt: { not: null } } })).toBe(9);
    await rollupsMatchRebuild(s.org.id);
    const flag = await getFlag(actor(s), burst.id);
    expect(flag!.answers.every((a) => a.excludedAt !== null)).toBe(true);

    expect(
      await setFlagExclusion(actor(s), { flagId: burst.id, action: "include", reason: "The owner's family visiting" }),
    ).toEqual({ changed: 9, action: "include" });
    expect(await orgScores(s.org.id)).toEqual(before.org);
    expect(await userScores(s.org.id, aino)).toEqual(before.aino);
    await rollupsMatchRebuild(s.org.id);

    const log = await auditLog(actor(s));
    expect(log.map((e) => [e.action, e.who, e.reason])).toEqual([
      ["responses.included", "Ada", "The owner's family visiting"],
      ["responses.excluded", "Ada", "Nine 10s from one phone"],
      ["responses.excluded", "Ada", "Nine 10s from one phone"],
    ]);
    expect(log[1].subject).toBe(`flag ${burst.id} (burst): 0 of 9 answers`);
    expect(log[2].subject).toBe(`flag ${burst.id} (burst): 9 of 9 answers`);
  });

  it("ingest stores where an answer came from: a keyed hash of the address, or the kiosk key, never the raw address", async () => {
    const { org, tp, link } = await makeShop();
    const ix = await link("o-origin");
    const id = newId();
    expect(await ingestResponse({ id, code: ix.code, answers: { nps: 10 } }, { ip: "203.0.113.77" })).toMatchObject({
      status: "stored",
    });
    const row = await db.response.findUniqueOrThrow({ where: { id }, select: { origin: true } });
    expect(row.origin).toBe(addressOrigin(org.id, "203.0.113.77"));
    expect(row.origin).toMatch(/^addr:[0-9a-f]{20}$/);
    expect(row.origin).not.toContain("203.0.113.77");
    expect(addressOrigin("another-org", "203.0.113.77")).not.toBe(row.origin);

    const key = await createApiKey(org.id, { scope: "kiosk", touchpointId: tp.id });
    const kid = newId();
    const kiosk = { keyId: key.id, orgId: org.id, scope: "kiosk" as const, touchpointId: tp.id };
    expect(
      await ingestResponse({ id: kid, touchpoint: "store-main", answers: { nps: 9 } }, { ip: "203.0.113.77", kiosk }),
    ).toMatchObject({ status: "stored" });
    expect((await db.response.findUniqueOrThrow({ where: { id: kid } })).origin).toBe(`kiosk:${key.id}`);
  });
});
