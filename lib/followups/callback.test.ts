// The call back a customer may leave on a low score: validated with the field named, stored only
// on the follow-up case (never the answer, the CSV, the events or the webhooks), shown only to the
// case's manager, and deleted when the case is resolved.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { makeOrg, makeTeam, makeTouchpoint, makeUser, uniq } from "../../tests/factories";
import { db } from "../db";
import { dispatchAll } from "../events/dispatch";
import { responseCsvStream } from "../export/responses";
import { createInteraction } from "../interactions/create";
import { ingestResponse } from "../responses/ingest";
import { getFollowUpCase } from "./case";
import { assignFollowUp, resolveFollowUp } from "./manage";

const PHONE = "+358 40 765 4321";
const actor = (u: { id: string; orgId: string; role: string }) => ({
  userId: u.id,
  orgId: u.orgId,
  role: u.role as "admin" | "manager" | "staff",
});

async function shop() {
  const org = await makeOrg();
  await makeTouchpoint(org.id, "counter");
  const admin = await makeUser(org.id, { role: "admin" });
  const mgrA = await makeUser(org.id, { role: "manager" });
  const mgrB = await makeUser(org.id, { role: "manager" });
  const teamA = await makeTeam(org.id, uniq("counter"), mgrA.id);
  const teamB = await makeTeam(org.id, uniq("bakery"), mgrB.id);
  const aiko = await makeUser(org.id, { teamId: teamA.id });
  const ben = await makeUser(org.id, { teamId: teamB.id });
  const link = async (emails: string[]) =>
    (
      await createInteraction(
        org.id,
        {
          ref: uniq("pos"),
          touchpoint: "counter",
          occurredAt: new Date(Date.now() - 60_000).toISOString(),
          contributors: emails.map((email) => ({ email, role: "frontline" as const })),
        },
        { baseUrl: "http://test" },
      )
    ).code as string;
  return { org, admin, mgrA, mgrB, aiko, ben, link };
}

const send = (code: string, answers: Record<string, unknown>, callback?: unknown) =>
  ingestResponse(
    { id: randomUUID().replace(/-/g, ""), code, answers, locale: "en", ...(callback ? { callback } : {}) },
    { limits: false },
  );

describe("callback contact", () => {
  it("is stored on the case only, shown to its manager only, and deleted when the case closes", async () => {
    const s = await shop();
    // Credited to Aiko (team A) and Ben (team B): routed to both managers.
    const r = await send(
      await s.link([s.aiko.email, s.ben.email]),
      { nps: 2, comment: "Cold" },
      { contact: PHONE, consent: true },
    );
    expect(r.status).toBe("stored");
    const id = (r as { id: string }).id;
    const f = await db.followUp.findUniqueOrThrow({ where: { responseId: id } });
    expect(f.contact).toBe(PHONE);

    // Nowhere else: the answer, the CSV, the events and their webhook deliveries.
    await dispatchAll();
    const row = await db.response.findUniqueOrThrow({ where: { id } });
    expect(JSON.stringify(row)).not.toContain("765");
    const csv = new TextDecoder().decode(new Uint8Array(await new Response(responseCsvStream(s.org.id)).arrayBuffer()));
    expect(csv).toContain(id);
    expect(csv).not.toContain("765 4321");
    expect(await db.event.count({ where: { orgId: s.org.id, data: { contains: "765 4321" } } })).toBe(0);
    expect(await db.notification.count({ where: { orgId: s.org.id, excerpt: { contains: "765" } } })).toBe(0);
    expect(await db.emailOutbox.count({ where: { orgId: s.org.id, text: { contains: "765 4321" } } })).toBe(0);

    // Unassigned, the routed managers handle it; an admin outside the routing sees only that one was left.
    expect((await getFollowUpCase(actor(s.mgrA), f.id))!.callback).toEqual({ contact: PHONE });
    expect((await getFollowUpCase(actor(s.mgrB), f.id))!.callback).toEqual({ contact: PHONE });
    expect((await getFollowUpCase(actor(s.admin), f.id))!.callback).toEqual({ contact: null });
    // Assigned to A: B, though routed, no longer sees it.
    await assignFollowUp(actor(s.admin), { followUpId: f.id, assigneeId: s.mgrA.id });
    expect((await getFollowUpCase(actor(s.mgrA), f.id))!.callback).toEqual({ contact: PHONE });
    expect((await getFollowUpCase(actor(s.mgrB), f.id))!.callback).toEqual({ contact: null });
    expect(JSON.stringify(await getFollowUpCase(actor(s.mgrB), f.id))).not.toContain("765");

    await resolveFollowUp(actor(s.mgrA), { followUpId: f.id, note: "Called, sorted" });
    expect((await db.followUp.findUniqueOrThrow({ where: { id: f.id } })).contact).toBeNull();
    expect((await getFollowUpCase(actor(s.mgrA), f.id))!.callback).toBeNull();
  });

  it("opens a case for a low CSAT that left a contact, and refuses bad input naming the field", async () => {
    const s = await shop();
    const r = await send(await s.link([s.aiko.email]), { csat: 1 }, { contact: "aiko@example.test", consent: true });
    expect(r.status).toBe("stored");
    const f = await db.followUp.findUniqueOrThrow({ where: { responseId: (r as { id: string }).id } });
    expect(f.contact).toBe("aiko@example.test");
    // A low CSAT without a contact opens nothing (only detractors do).
    const quiet = await send(await s.link([s.aiko.email]), { csat: 1 });
    expect(await db.followUp.count({ where: { responseId: (quiet as { id: string }).id } })).toBe(0);

    const refused = async (answers: Record<string, unknown>, callback: unknown) => {
      const out = await send(await s.link([s.aiko.email]), answers, callback);
      expect(out.status).toBe("rejected");
      return out as { httpStatus: number; field: string; error: string };
    };
    expect(await refused({ nps: 9 }, { contact: PHONE, consent: true })).toMatchObject({
      httpStatus: 422,
      field: "callback",
      error: "callback: is only taken with a low score (NPS 0–6 or CSAT 1–2)",
    });
    expect(await refused({ nps: 2 }, { contact: PHONE, consent: false })).toMatchObject({
      httpStatus: 422,
      field: "callback.consent",
    });
    expect(await refused({ nps: 2 }, { contact: "call me maybe", consent: true })).toMatchObject({
      httpStatus: 422,
      field: "callback.contact",
      error: "callback.contact: must be a phone number (at least 6 digits) or an email address",
    });
    expect(await refused({ nps: 2 }, { contact: "1".repeat(121), consent: true })).toMatchObject({
      field: "callback.contact",
    });
    const kiosk = await ingestResponse(
      {
        id: randomUUID().replace(/-/g, ""),
        touchpoint: "counter",
        answers: { nps: 2 },
        callback: { contact: PHONE, consent: true },
      },
      { limits: false },
    );
    expect(kiosk).toMatchObject({ status: "rejected", field: "callback", error: "callback: is not taken at a kiosk" });
  });
});
