// Erasure: a customer's answers leave the database, the scores, the CSV and the API, while
// everyone else's scores still match a recomputation from the raw file; the audit log says that
// an erasure happened and how much, never what.
import { randomBytes, randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { GET } from "../../app/api/v1/scores/route";
import { makeOrg, makeTeam, makeTouchpoint, makeUser, uniq } from "../../tests/factories";
import { createApiKey } from "../auth/api-key";
import { db } from "../db";
import { dispatchAll } from "../events/dispatch";
import { responseCsvStream } from "../export/responses";
import { addFollowUpNote } from "../followups/manage";
import { createInteraction } from "../interactions/create";
import { exportScores } from "../interchange/export-scores";
import { smallFixture } from "../interchange/fixtures";
import { compareScores } from "../interchange/fixtures/compare";
import { importInterchange } from "../interchange/import";
import { ingestResponse } from "../responses/ingest";
import { rebuildRollups } from "../rollups/rebuild";
import { computeScores } from "../scoring/compute";
import { erase, parseTarget, previewErasure } from "./erase";

type Doc = {
  staff: { email: string; team: string }[];
  interactions: {
    ref: string;
    occurredAt: string;
    customer?: string;
    contributors: { email: string; weight: number }[];
  }[];
  responses: { id: string; interactionRef: string; answeredAt: string; comment?: string; nps?: number }[];
};

const SECRET = "Ask for Riikka, my number is 040 123 4567";

/** The reference file with fresh response ids, one customer's key on 7 answered visits, comments on theirs. */
function fixtureWithCustomer(key: string) {
  const doc = smallFixture() as Doc;
  const prefix = randomBytes(4).toString("hex");
  for (const r of doc.responses) r.id = prefix + r.id.slice(8);
  const answered = [...new Set(doc.responses.map((r) => r.interactionRef))].slice(0, 7);
  for (const x of doc.interactions) if (answered.includes(x.ref)) x.customer = key;
  // Another customer, kept.
  for (const x of doc.interactions.slice(-20)) x.customer ??= "someone-else";
  for (const r of doc.responses) if (answered.includes(r.interactionRef)) r.comment = `${SECRET} (${r.id.slice(-4)})`;
  return { doc, answered: new Set(answered) };
}

async function csvOf(orgId: string) {
  return new TextDecoder().decode(new Uint8Array(await new Response(responseCsvStream(orgId)).arrayBuffer()));
}

describe("erasing a customer", () => {
  it("removes their answers from the database, scores, CSV and API; the rest matches a recomputation", async () => {
    const key = `loyalty-${randomUUID()}`;
    const { doc, answered } = fixtureWithCustomer(key);
    const slug = uniq("erase");
    await importInterchange(structuredClone(doc), { orgSlug: slug });
    const org = await db.organization.findUniqueOrThrow({ where: { slug } });
    const erasedIds = doc.responses.filter((r) => answered.has(r.interactionRef)).map((r) => r.id);
    expect(erasedIds.length).toBeGreaterThanOrEqual(7);
    expect(await csvOf(org.id)).toContain(SECRET);

    const preview = await previewErasure(org.id, { customer: key });
    expect(preview).toMatchObject({ responses: erasedIds.length, comments: erasedIds.length, interactions: 7 });
    // A preview changes nothing.
    expect(await db.response.count({ where: { id: { in: erasedIds } } })).toBe(erasedIds.length);

    const counts = await erase(org.id, { customer: key }, null);
    expect(counts).toEqual(preview);

    // Gone from the database: the answers, their words, and the key itself.
    expect(await db.response.count({ where: { id: { in: erasedIds } } })).toBe(0);
    expect(await db.response.count({ where: { orgId: org.id, comment: { contains: "Riikka" } } })).toBe(0);
    expect(await db.interaction.count({ where: { orgId: org.id, customer: key } })).toBe(0);
    expect(await db.interaction.count({ where: { orgId: org.id, customer: "someone-else" } })).toBeGreaterThan(0);
    // The visits themselves (staff data) stay.
    expect(await db.interaction.count({ where: { orgId: org.id } })).toBe(doc.interactions.length);

    // Everyone else's scores match a recomputation from the raw file without the erased answers.
    const kept = { ...doc, responses: doc.responses.filter((r) => !answered.has(r.interactionRef)) };
    const want = computeScores(kept);
    expect(compareScores(await exportScores(org.id), want).problems).toEqual([]);
    // The raw path (a period that is not day-aligned) agrees.
    const raw = await exportScores(org.id, {
      from: new Date("2000-01-01T00:00:01Z"),
      to: new Date("2100-01-01T00:00:01Z"),
    });
    expect(compareScores(raw, want).problems).toEqual([]);
    // And the corrected rollups are what a rebuild from the stored responses writes.
    const rollups = () =>
      db.dailyRollup.findMany({
        where: { orgId: org.id },
        orderBy: [{ subjectType: "asc" }, { subjectId: "asc" }, { day: "asc" }],
      });
    const corrected = await rollups();
    await rebuildRollups(org.id);
    const rebuilt = await rollups();
    expect(corrected.map((r) => [r.subjectType, r.subjectId, r.day, r.responses, r.npsN])).toEqual(
      rebuilt.map((r) => [r.subjectType, r.subjectId, r.day, r.responses, r.npsN]),
    );
    for (const [i, r] of corrected.entries()) expect(r.npsW).toBeCloseTo(rebuilt[i].npsW, 9);

    // The CSV and the API.
    const csv = await csvOf(org.id);
    expect(csv).not.toContain("Riikka");
    for (const id of erasedIds) expect(csv).not.toContain(id);
    expect(csv.trim().split("\r\n").length - 1).toBe(kept.responses.length);
    const { key: apiKey } = await createApiKey(org.id);
    const res = await GET(
      new Request("http://localhost/api/v1/scores", { headers: { authorization: `Bearer ${apiKey}` } }),
    );
    const body = await res.json();
    expect(body.org.responses).toBe(kept.responses.length);
    expect(compareScores(body, want).problems).toEqual([]);

    // The audit log: that it happened and how much, never the key or the words.
    const audit = await db.auditEntry.findMany({ where: { orgId: org.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "erasure.customer", actorId: null, subject: null });
    expect(audit[0].reason).toMatch(
      new RegExp(`^${erasedIds.length} answers \\(${erasedIds.length} with a comment\\)`),
    );
    const text = JSON.stringify(audit);
    expect(text).not.toContain(key);
    expect(text).not.toContain("Riikka");
    for (const id of erasedIds) expect(text).not.toContain(id);

    // Asking again finds nothing, naming the field.
    await expect(erase(org.id, { customer: key }, null)).rejects.toMatchObject({ status: 404, field: "customer" });
  });

  it("refuses unknown keys and ids and bad input with the field named, and erases nothing", async () => {
    const org = await makeOrg();
    await expect(previewErasure(org.id, { customer: "nobody" })).rejects.toThrow(
      "customer: no interaction in this organisation carries this customer key",
    );
    await expect(previewErasure(org.id, { response: "a".repeat(32) })).rejects.toThrow(
      "response: no response with this id in this organisation",
    );
    expect(() => parseTarget({ response: "not-an-id" })).toThrow("response: must be 32 hex digits or a UUID");
    expect(() => parseTarget({})).toThrow("customer: is required: give a customer key or a response id");
    expect(() => parseTarget({ customer: "x", response: "a".repeat(32) })).toThrow(
      "customer: give a customer key or a response id, not both",
    );
    expect(parseTarget({ response: "A".repeat(32) })).toEqual({ response: "a".repeat(32) });
    expect(await db.auditEntry.count({ where: { orgId: org.id } })).toBe(0);
  });
});

describe("erasing one live response", () => {
  it("takes its case, notes, inbox lines, events and webhook deliveries with it, and leaves other answers", async () => {
    const org = await makeOrg({ timeZone: "Europe/Helsinki" });
    await makeTouchpoint(org.id, "counter");
    const boss = await makeUser(org.id, { role: "manager", name: "Mika" });
    const admin = await makeUser(org.id, { role: "admin", name: "Ada" });
    const team = await makeTeam(org.id, "counter", boss.id);
    const aiko = await makeUser(org.id, { name: "Aiko", teamId: team.id });
    await db.webhookEndpoint.create({
      data: { orgId: org.id, url: "https://hooks.example.test/ensemble", secret: randomBytes(16).toString("hex") },
    });

    const answer = async (nps: number, comment: string) => {
      const created = await createInteraction(
        org.id,
        {
          ref: uniq("pos"),
          touchpoint: "counter",
          occurredAt: new Date(Date.now() - 60_000).toISOString(),
          contributors: [{ email: aiko.email, role: "frontline" }],
        },
        { baseUrl: "http://test" },
      );
      const id = randomUUID().replace(/-/g, "");
      const r = await ingestResponse(
        { id, code: created.code, answers: { nps, comment }, locale: "en", answeredAt: new Date().toISOString() },
        { limits: false },
      );
      expect(r.status).toBe("stored");
      return id;
    };
    const gone = await answer(2, "The manager Pekka was rude to me");
    const kept = await answer(9, "Lovely buns");
    const kept2 = await answer(3, "Too slow");
    await dispatchAll();
    const followUp = await db.followUp.findUniqueOrThrow({ where: { responseId: gone } });
    await addFollowUpNote(
      { userId: boss.id, orgId: org.id, role: "manager" },
      { followUpId: followUp.id, kind: "call", body: "Called back, she was upset about Pekka" },
    );
    expect(await db.notification.count({ where: { responseId: gone } })).toBeGreaterThan(0);
    expect(await db.webhookDelivery.count({ where: { event: { data: { contains: gone } } } })).toBeGreaterThan(0);

    const counts = await erase(org.id, parseTarget({ response: gone.toUpperCase() }), admin.id);
    expect(counts).toMatchObject({ responses: 1, comments: 1, followUps: 1, notes: 1, interactions: 0 });
    expect(counts.notifications).toBeGreaterThan(0);
    expect(counts.events).toBeGreaterThan(0);

    expect(await db.response.findUnique({ where: { id: gone } })).toBeNull();
    expect(await db.followUp.count({ where: { id: followUp.id } })).toBe(0);
    expect(await db.followUpNote.count({ where: { followUpId: followUp.id } })).toBe(0);
    expect(await db.notification.count({ where: { responseId: gone } })).toBe(0);
    expect(await db.event.count({ where: { orgId: org.id, data: { contains: "Pekka" } } })).toBe(0);
    expect(await db.webhookDelivery.count({ where: { event: { data: { contains: "Pekka" } } } })).toBe(0);
    expect(await db.emailOutbox.count({ where: { orgId: org.id, text: { contains: "Pekka" } } })).toBe(0);
    // The other answers, their case and their deliveries stay.
    expect(await db.response.count({ where: { id: { in: [kept, kept2] } } })).toBe(2);
    expect(await db.followUp.count({ where: { responseId: kept2 } })).toBe(1);
    expect(await db.webhookDelivery.count({ where: { event: { data: { contains: kept } } } })).toBeGreaterThan(0);
    const scores = await exportScores(org.id);
    expect(scores.org).toMatchObject({ responses: 2, npsN: 2 });
    expect(scores.staff.find((s) => s.email === aiko.email)).toMatchObject({ responses: 2 });

    const [entry] = await db.auditEntry.findMany({ where: { orgId: org.id } });
    expect(entry).toMatchObject({ action: "erasure.response", actorId: admin.id, subject: null });
    expect(entry.reason).toMatch(/^1 answer \(1 with a comment\), 1 follow-up case with 1 note/);
    expect(JSON.stringify(entry)).not.toMatch(/Pekka|rude/);
    expect(JSON.stringify(entry)).not.toContain(gone);
  });
});
