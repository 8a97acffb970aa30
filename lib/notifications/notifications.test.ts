// Who is told what, through the product's own doors: answers stored by ingest, events dispatched
// by the outbox dispatcher, emails delivered to a real SMTP server started here.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "../db";
import { dispatchAll } from "../events/dispatch";
import { createInteraction } from "../interactions/create";
import { ingestResponse } from "../responses/ingest";
import { escalateOverdue } from "../followups/escalate";
import { assignFollowUp } from "../followups/manage";
import { makeOrg, makeTeam, makeTouchpoint, makeUser, uniq } from "../../tests/factories";
import { startSmtpSink } from "../../tests/smtp-sink";
import { listInbox, markAllRead, markRead, markReadFor, unreadCount } from "./inbox";
import { emailQueue, myEmailProblem, retryEmail } from "./email-queue";
import { deliverDueEmails, MAX_ATTEMPTS } from "./mailer";
import { notifyForEvent } from "./notify";
import { saveMySettings } from "./settings";

const ORIGIN = "https://ensemble.example";
let sink: Awaited<ReturnType<typeof startSmtpSink>>;

beforeAll(async () => {
  sink = await startSmtpSink();
  process.env.SMTP_URL = sink.url;
  process.env.MAIL_FROM = "Ensemble <noreply@ensemble.example>";
  process.env.PUBLIC_BASE_URL = ORIGIN;
});
// Other test files share this database and leave undispatched events behind: send what they
// queue first, so each test here sees only its own emails in the mailer's batches. The first time,
// that can be thousands of events (a 1,000-answer backlog test shares the database), hence the time.
beforeEach(async () => {
  await dispatchAll();
  while ((await deliverDueEmails()) > 0);
}, 180_000);
afterAll(async () => {
  delete process.env.SMTP_URL;
  delete process.env.PUBLIC_BASE_URL;
  await sink.close();
});

async function shop(defaultLocale = "en") {
  const org = await makeOrg({ name: "Kumo Bakery" });
  await db.organization.update({ where: { id: org.id }, data: { defaultLocale } });
  await makeTouchpoint(org.id, "counter");
  const admin = await makeUser(org.id, { role: "admin", name: "Ada Admin" });
  const admin2 = await makeUser(org.id, { role: "admin", name: "Abe Admin" });
  const mgrA = await makeUser(org.id, { role: "manager", name: "Mika" });
  const mgrB = await makeUser(org.id, { role: "manager", name: "Noor" });
  const teamA = await makeTeam(org.id, "counter", mgrA.id);
  const teamB = await makeTeam(org.id, "bakery", mgrB.id);
  const aiko = await makeUser(org.id, { name: "Aiko", teamId: teamA.id });
  const bea = await makeUser(org.id, { name: "Bea", teamId: teamB.id });
  return { org, admin, admin2, mgrA, mgrB, aiko, bea };
}

async function answer(orgId: string, emails: string[], answers: { nps: number; comment?: string }) {
  const created = await createInteraction(
    orgId,
    {
      ref: uniq("pos"),
      touchpoint: "counter",
      occurredAt: new Date(Date.now() - 60_000).toISOString(),
      contributors: emails.map((email) => ({ email, role: "frontline" as const })),
    },
    { baseUrl: "http://test" },
  );
  const id = randomUUID().replace(/-/g, "");
  const r = await ingestResponse(
    { id, code: created.code, answers, locale: "en", answeredAt: new Date().toISOString() },
    { limits: false },
  );
  expect(r.status).toBe("stored");
  return { responseId: id, followUp: await db.followUp.findUnique({ where: { responseId: id } }) };
}

const inboxOf = (userId: string) =>
  db.notification.findMany({ where: { userId }, select: { kind: true, followUpId: true, responseId: true } });

describe("notifications", () => {
  it("tells the managers a detractor is routed to, in the inbox and by email in their own language", async () => {
    const s = await shop();
    await saveMySettings({ userId: s.mgrA.id }, { locale: "ja", muted: [] });
    const { followUp } = await answer(s.org.id, [s.aiko.email], { nps: 3, comment: "Cold coffee, long wait." });
    await dispatchAll();

    expect(await inboxOf(s.mgrA.id)).toEqual([
      { kind: "followup.opened", followUpId: followUp!.id, responseId: expect.any(String) },
    ]);
    expect(await inboxOf(s.mgrB.id)).toEqual([]); // Bea was not credited
    expect(await inboxOf(s.admin.id)).toEqual([]); // someone was credited, so not the admins
    expect(await unreadCount({ userId: s.mgrA.id })).toBe(1);

    await deliverDueEmails();
    const [mail, ...more] = sink.to(s.mgrA.email);
    expect(more).toEqual([]);
    expect(mail.from).toBe("noreply@ensemble.example");
    expect(mail.subject).toBe("counterでご不満のお客様（NPS 3）");
    expect(mail.text).toContain("counterのお客様が3/10と評価しました。");
    expect(mail.text).toContain("“Cold coffee, long wait.”");
    expect(mail.text).toContain(`ケースを開く: ${ORIGIN}/admin/follow-ups/${followUp!.id}`);
    expect(mail.text).toContain(`${ORIGIN}/me/settings`);
    expect(await db.emailOutbox.count({ where: { to: s.mgrA.email, sentAt: null } })).toBe(0);
  });

  it("tells the admins and the assignee when a case escalates, except whoever muted it; once per event", async () => {
    const s = await shop("de");
    const { followUp } = await answer(s.org.id, [s.bea.email], { nps: 1 });
    await assignFollowUp(
      { userId: s.admin.id, orgId: s.org.id, role: "admin" },
      { followUpId: followUp!.id, assigneeId: s.mgrA.id },
    );
    await saveMySettings({ userId: s.admin2.id }, { muted: ["followup.escalated"] });
    await db.followUp.update({
      where: { id: followUp!.id },
      data: { openedAt: new Date(Date.now() - 49 * 3_600_000) },
    });

    expect(await escalateOverdue(s.org.id)).toBe(1);
    await dispatchAll();
    const escalated = (u: string) => db.notification.count({ where: { userId: u, kind: "followup.escalated" } });
    expect(await escalated(s.admin.id)).toBe(1);
    expect(await escalated(s.mgrA.id)).toBe(1); // the assignee
    expect(await escalated(s.admin2.id)).toBe(0); // muted
    expect(await escalated(s.mgrB.id)).toBe(0); // routed, but not assignee nor admin

    // The dispatcher may hand the same event over again: nothing is added.
    const event = await db.event.findFirstOrThrow({ where: { orgId: s.org.id, type: "followup.escalated" } });
    const again = await notifyForEvent({
      id: event.id,
      orgId: s.org.id,
      orgSlug: s.org.slug,
      type: "followup.escalated",
      createdAt: event.createdAt,
      data: JSON.parse(event.data),
    });
    expect(again).toBe(0);
    expect(await db.emailOutbox.count({ where: { orgId: s.org.id, subject: { contains: "überfällig" } } })).toBe(2);

    await deliverDueEmails();
    const [mail] = sink.to(s.admin.email).filter((m) => m.subject.includes("überfällig"));
    expect(mail.subject).toBe("Nachverfolgung überfällig bei counter"); // the org's language: no own setting
    expect(mail.text).toContain("seit mehr als 48 Stunden offen");
    expect(mail.text).toContain(`Fall öffnen: ${ORIGIN}/admin/follow-ups/${followUp!.id}`);
  });

  it("passes kudos to each person credited, linking to the answer in their feed; muting stops it", async () => {
    const s = await shop("fi");
    await saveMySettings({ userId: s.bea.id }, { muted: ["kudos"] });
    const { responseId } = await answer(s.org.id, [s.aiko.email, s.bea.email], { nps: 10, comment: "Aiko was lovely" });
    await dispatchAll();
    expect(await inboxOf(s.aiko.id)).toEqual([{ kind: "kudos", followUpId: null, responseId }]);
    expect(await inboxOf(s.bea.id)).toEqual([]);
    const page = await listInbox({ userId: s.aiko.id });
    expect(page.items[0]).toMatchObject({
      kind: "kudos",
      href: `/me/responses/${responseId}`,
      excerpt: "Aiko was lovely",
    });

    await deliverDueEmails();
    const [mail] = sink.to(s.aiko.email);
    expect(mail.subject).toBe("Asiakas kehui sinua: counter");
    expect(mail.text).toContain(`Katso syötteestä: ${ORIGIN}/me/responses/${responseId}`);
    expect(sink.to(s.bea.email)).toEqual([]);
  });

  it("keeps an email queued while the SMTP server is down and sends it on a later round", async () => {
    const s = await shop();
    await answer(s.org.id, [s.aiko.email], { nps: 0 });
    await dispatchAll();
    const url = process.env.SMTP_URL;
    process.env.SMTP_URL = "smtp://127.0.0.1:1"; // nothing listens there
    try {
      expect(await deliverDueEmails()).toBe(0);
    } finally {
      process.env.SMTP_URL = url;
    }
    const queued = await db.emailOutbox.findFirstOrThrow({ where: { to: s.mgrA.email } });
    expect(queued).toMatchObject({ sentAt: null, failedAt: null, attempts: 1 });
    expect(queued.lastError).toBeTruthy();
    expect(queued.nextAttemptAt.getTime()).toBeGreaterThan(Date.now());
    expect(await deliverDueEmails()).toBe(0); // not due yet
    expect(await deliverDueEmails(new Date(Date.now() + 3_600_000))).toBeGreaterThanOrEqual(1);
    expect(sink.to(s.mgrA.email)).toHaveLength(1);
  });

  it("shows a refused email in the admins' queue and on the recipient's settings; retry now sends it", async () => {
    const s = await shop();
    await answer(s.org.id, [s.aiko.email], { nps: 1 });
    await dispatchAll();
    expect(await myEmailProblem(s.org.id, s.mgrA.email)).toBeNull(); // queued, not tried yet
    sink.refuse("5.1.1 mailbox unavailable");
    try {
      expect(await deliverDueEmails()).toBe(0);
    } finally {
      sink.refuse(null);
    }
    const queue = await emailQueue(s.org.id);
    expect(queue.total).toBe(1);
    expect(queue.emails[0]).toMatchObject({
      to: s.mgrA.email,
      kind: "followup.opened",
      status: "retrying",
      attempts: 1,
      maxAttempts: MAX_ATTEMPTS,
    });
    expect(queue.emails[0].lastError).toContain("mailbox unavailable");
    expect(await myEmailProblem(s.org.id, s.mgrA.email)).toMatchObject({ to: s.mgrA.email, failed: false });
    expect(await myEmailProblem(s.org.id, s.mgrB.email)).toBeNull();
    // The last attempt fails too: given up, first in the queue.
    const id = queue.emails[0].id;
    await db.emailOutbox.update({ where: { id }, data: { attempts: MAX_ATTEMPTS - 1, nextAttemptAt: new Date() } });
    sink.refuse("5.1.1 mailbox unavailable");
    try {
      await deliverDueEmails();
    } finally {
      sink.refuse(null);
    }
    expect((await emailQueue(s.org.id)).emails[0]).toMatchObject({ id, status: "failed", attempts: MAX_ATTEMPTS });
    expect(await myEmailProblem(s.org.id, s.mgrA.email)).toMatchObject({ failed: true });
    // Another organisation's admin cannot touch it; this one's retry sends it at once.
    const other = await makeOrg();
    await expect(retryEmail(other.id, id)).rejects.toThrow("not in this organisation's queue");
    await retryEmail(s.org.id, id);
    expect(await deliverDueEmails()).toBeGreaterThanOrEqual(1);
    expect(sink.to(s.mgrA.email)).toHaveLength(1);
    expect((await emailQueue(s.org.id)).total).toBe(0);
    expect((await emailQueue(s.org.id)).sentLastWeek).toBe(1);
    expect(await myEmailProblem(s.org.id, s.mgrA.email)).toBeNull();
    await expect(retryEmail(s.org.id, id)).rejects.toThrow("sent already");
  });

  it("marks only one's own notifications read", async () => {
    const s = await shop();
    const { followUp } = await answer(s.org.id, [s.aiko.email, s.bea.email], { nps: 2 });
    await answer(s.org.id, [s.aiko.email], { nps: 4 });
    await dispatchAll();
    const mine = await listInbox({ userId: s.mgrA.id });
    expect(mine.items).toHaveLength(2);
    const theirs = await listInbox({ userId: s.mgrB.id });
    await markRead({ userId: s.mgrA.id }, theirs.items[0].id); // not Mika's: nothing happens
    expect(await unreadCount({ userId: s.mgrB.id })).toBe(1);
    await markReadFor({ userId: s.mgrA.id }, { followUpId: followUp!.id });
    expect(await unreadCount({ userId: s.mgrA.id })).toBe(1);
    expect((await listInbox({ userId: s.mgrA.id }, { unreadOnly: true })).items).toHaveLength(1);
    expect(await markAllRead({ userId: s.mgrA.id })).toBe(1);
    expect(await unreadCount({ userId: s.mgrA.id })).toBe(0);
  });
});
