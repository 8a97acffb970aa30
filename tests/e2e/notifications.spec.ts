// Acting on every answer, as people live it: a detractor answered on a phone reaches the right
// manager's inbox (badge, link to the case) and their email within seconds; an uncredited kiosk
// answer reaches the touchpoint's follow-up manager, set on the admin screen; an overdue case
// escalates with nobody looking and the admins are told, except the one who muted it.
// The app server (playwright.config.ts) sends its email to the real SMTP server started here, and
// escalates overdue cases every second. Every test that needs that SMTP server lives in this file, so
// no two of them run at once in parallel workers.
import { randomUUID } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { createApiKey } from "../../lib/auth/api-key";
import { db } from "../../lib/db";
import { createInteraction } from "../../lib/interactions/create";
import { makeOrg, makeTeam, makeTouchpoint, makeUser, uniq } from "../factories";
import { startSmtpSink } from "../smtp-sink";
import { PASSWORD, shoot, signIn as signInOn } from "./feed-scenario";
import { screenshot } from "./screens";

const origin = process.env.E2E_BASE_URL!;
const smtpPort = Number(process.env.E2E_PORT ?? 3100) + 51; // playwright.config.ts points SMTP_URL here
let sink: Awaited<ReturnType<typeof startSmtpSink>>;

test.setTimeout(120_000);
test.beforeAll(async () => {
  sink = await startSmtpSink(smtpPort);
});
test.afterAll(async () => {
  await sink?.close();
});

async function shop() {
  const org = await makeOrg({ name: "Kumo Bakery", timeZone: "Europe/Helsinki" });
  const tp = await makeTouchpoint(org.id, "store-main");
  const kioskTp = await makeTouchpoint(org.id, "front-door");
  const person = (name: string, role: "admin" | "manager" | "staff", teamId?: string) =>
    makeUser(org.id, {
      email: `${uniq(name.split(" ")[0].toLowerCase())}@example.test`,
      name,
      role,
      teamId,
      password: PASSWORD,
    });
  const admin = await person("Ada Admin", "admin");
  const admin2 = await person("Abe Admin", "admin");
  const manager = await person("Mika Manager", "manager");
  const other = await person("Noor Manager", "manager");
  const floor = await person("Fay Floor", "manager");
  const counter = await makeTeam(org.id, "Counter", manager.id);
  const bakery = await makeTeam(org.id, "Bakery", other.id);
  const aiko = await person("Aiko Tanaka", "staff", counter.id);
  await person("Bea Baker", "staff", bakery.id);
  return { org, tp, kioskTp, admin, admin2, manager, other, floor, aiko };
}

async function signIn(browser: Browser, email: string, viewport = { width: 390, height: 844 }): Promise<Page> {
  const context = await browser.newContext({ viewport, baseURL: origin, locale: "en-GB" });
  const page = await context.newPage();
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).not.toHaveURL(/\/signin/);
  return page;
}

// The first test holds the "within seconds" promise to 10 s; the others check who gets what, and
// allow for a backlog other files' answers left in the mail queue while this server was down.
const mailFor = (address: string, subject: RegExp, timeout = 30_000) =>
  expect.poll(() => sink.to(address).find((m) => subject.test(m.subject))?.subject ?? null, { timeout });

test("a detractor answered on a phone reaches the right manager's inbox and email within seconds", async ({
  page,
  browser,
}) => {
  const s = await shop();
  await db.userSettings.create({ data: { userId: s.manager.id, locale: "de" } });
  const created = await createInteraction(
    s.org.id,
    {
      ref: uniq("pos"),
      touchpoint: "store-main",
      occurredAt: new Date(Date.now() - 120_000).toISOString(),
      contributors: [{ email: s.aiko.email, role: "frontline" }],
    },
    { baseUrl: origin },
  );

  // The customer, on a phone.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/s/${created.code}?lang=en`);
  await page.locator("#q-nps").getByRole("radio", { name: "3", exact: true }).check();
  await page.getByRole("button", { name: "Send" }).click();
  await expect(page.getByRole("heading", { name: "Thank you!" })).toBeVisible();
  const answeredAt = Date.now();

  // The manager of Aiko's team gets the email, in their own language, linking to the case.
  await mailFor(s.manager.email, /Unzufriedener Kunde/, 10_000).toBe("Unzufriedener Kunde bei store-main (NPS 3)");
  console.log(`email for the detractor arrived ${Date.now() - answeredAt} ms after the answer was sent`);
  const followUp = await db.followUp.findFirstOrThrow({ where: { orgId: s.org.id } });
  const mail = sink.to(s.manager.email)[0];
  expect(mail.text).toContain(`Fall öffnen: ${origin}/admin/follow-ups/${followUp.id}`);
  expect(sink.to(s.other.email)).toEqual([]); // Bakery's manager: not credited
  expect(sink.to(s.admin.email)).toEqual([]); // someone was credited, so not the admins

  // In the app: the badge, the inbox line, straight to the case.
  const mgr = await signIn(browser, s.manager.email);
  await expect(mgr.getByTestId("inbox-bell").getByTestId("unread-badge")).toContainText("1");
  await mgr.getByTestId("inbox-bell").click();
  await expect(mgr).toHaveURL(/\/inbox$/);
  const item = mgr.getByTestId("inbox-item");
  await expect(item).toHaveCount(1);
  await expect(item).toHaveAttribute("data-read", "false");
  await expect(item).toContainText("New follow-up at store-main");
  await expect(item).toContainText("NPS 3");
  await screenshot(mgr, "inbox-390");
  await item.getByRole("link").click();
  await expect(mgr).toHaveURL(new RegExp(`/admin/follow-ups/${followUp.id}$`));
  await expect(mgr.getByTestId("routed-to")).toContainText("Mika Manager");
  await expect(mgr.getByTestId("next-step")).toContainText("Call the customer back or email them");
  await expect(mgr.getByTestId("open-for")).toContainText("Open for");
  await screenshot(mgr, "case-390");
  // Opening the case read it: the badge is gone, the line is read.
  await expect(mgr.getByTestId("inbox-bell").getByTestId("unread-badge")).toHaveCount(0);
  await mgr.goto("/inbox");
  await expect(mgr.getByTestId("inbox-item")).toHaveAttribute("data-read", "true");
  await mgr.goto("/inbox?show=unread");
  await expect(mgr.getByText("All caught up")).toBeVisible();

  const wide = await signIn(browser, s.manager.email, { width: 1366, height: 900 });
  await wide.goto("/inbox");
  await screenshot(wide, "inbox-1366");
  await wide.goto(`/admin/follow-ups/${followUp.id}`);
  await screenshot(wide, "case-1366");
});

test("an uncredited kiosk detractor reaches the touchpoint's manager set on the admin screen", async ({ browser }) => {
  const s = await shop();
  const admin = await signIn(browser, s.admin.email);
  await admin.goto("/admin/touchpoints");
  await admin.getByRole("link", { name: "front-door" }).click();
  await admin.getByLabel("Follow-up manager").selectOption({ label: "Fay Floor (manager)" });
  await admin.getByRole("button", { name: "Save changes" }).click();
  await expect(admin).toHaveURL(/\/admin\/touchpoints$/);
  await admin.reload();
  await expect(admin.getByRole("row", { name: /front-door/ })).toContainText("Follow-ups: Fay Floor");
  await admin.getByRole("link", { name: "front-door" }).click();
  await expect(admin.getByLabel("Follow-up manager")).toHaveValue(s.floor.id);

  // A kiosk answer: no rule covers the touchpoint, so nobody is credited.
  const kioskKey = (await createApiKey(s.org.id, { name: "Door tablet", scope: "kiosk", touchpointId: s.kioskTp.id }))
    .key;
  const res = await fetch(`${origin}/api/v1/responses`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${kioskKey}` },
    body: JSON.stringify({
      id: randomUUID().replace(/-/g, ""),
      touchpoint: "front-door",
      answers: { nps: 1, comment: "Door was locked at opening time" },
      locale: "en",
      answeredAt: new Date().toISOString(),
    }),
  });
  expect(res.status).toBe(201);
  await mailFor(s.floor.email, /Unhappy customer/).toBe("Unhappy customer at front-door (NPS 1)");
  for (const nobody of [s.admin, s.admin2, s.manager, s.other]) expect(sink.to(nobody.email)).toEqual([]);

  const floor = await signIn(browser, s.floor.email);
  await expect(floor.getByTestId("inbox-bell").getByTestId("unread-badge")).toContainText("1");
  await floor.goto("/inbox");
  await expect(floor.getByTestId("inbox-item")).toContainText("Door was locked at opening time");
  await floor.getByTestId("inbox-item").getByRole("link").click();
  await expect(floor.getByTestId("routed-to")).toContainText("Fay Floor");
  await expect(floor.getByText("Nobody: no rule matched this answer.")).toBeVisible();
});

test("an overdue case escalates with nobody looking; the admins are told, except one who muted it", async ({
  browser,
}) => {
  const s = await shop();
  // Abe mutes escalations in his own settings.
  const abe = await signIn(browser, s.admin2.email, { width: 1366, height: 900 });
  await abe.goto("/inbox");
  await expect(abe.getByText("Nothing here yet")).toBeVisible();
  await abe.getByRole("link", { name: "My settings" }).first().click();
  await expect(abe).toHaveURL(/\/me\/settings$/);
  await abe.getByRole("checkbox", { name: /Escalated cases/ }).uncheck();
  await abe.getByRole("button", { name: "Save settings" }).click();
  await expect(abe.getByText("Settings saved.")).toBeVisible();
  await abe.reload();
  await expect(abe.getByRole("checkbox", { name: /Escalated cases/ })).not.toBeChecked();
  await expect(abe.getByRole("checkbox", { name: /New follow-up cases/ })).toBeChecked();

  // A case that opened 49 hours ago (the org's limit is 48) and nobody opens any page.
  const created = await createInteraction(
    s.org.id,
    {
      ref: uniq("pos"),
      touchpoint: "store-main",
      occurredAt: new Date(Date.now() - 60_000).toISOString(),
      contributors: [{ email: s.aiko.email, role: "frontline" }],
    },
    { baseUrl: origin },
  );
  const res = await fetch(`${origin}/api/v1/responses`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      id: randomUUID().replace(/-/g, ""),
      code: created.code,
      answers: { nps: 0 },
      locale: "en",
      answeredAt: new Date().toISOString(),
    }),
  });
  expect(res.status).toBe(201);
  const followUp = await db.followUp.findFirstOrThrow({ where: { orgId: s.org.id } });
  await db.followUp.update({ where: { id: followUp.id }, data: { openedAt: new Date(Date.now() - 49 * 3_600_000) } });

  await mailFor(s.admin.email, /Follow-up overdue/).toBe("Follow-up overdue at store-main");
  expect((await db.followUp.findUniqueOrThrow({ where: { id: followUp.id } })).escalatedAt).not.toBeNull();
  expect(await db.event.count({ where: { orgId: s.org.id, type: "followup.escalated" } })).toBe(1);
  // Abe muted it: no email and no inbox line, though he is an admin.
  await new Promise((r) => setTimeout(r, 1_000));
  expect(sink.to(s.admin2.email).filter((m) => /overdue/.test(m.subject))).toEqual([]);
  await abe.goto("/inbox");
  await expect(abe.getByText("Nothing here yet")).toBeVisible();

  const ada = await signIn(browser, s.admin.email);
  await ada.goto("/inbox");
  await expect(ada.getByTestId("inbox-item").filter({ hasText: "Escalated" })).toHaveCount(1);
  await ada.getByRole("button", { name: "Mark all read" }).click();
  await expect(ada.getByTestId("inbox-bell").getByTestId("unread-badge")).toHaveCount(0);
});

test("a kudos reaches the person credited, whose inbox links straight to the answer in their feed", async ({
  browser,
}) => {
  const s = await shop();
  const created = await createInteraction(
    s.org.id,
    {
      ref: uniq("pos"),
      touchpoint: "store-main",
      occurredAt: new Date(Date.now() - 60_000).toISOString(),
      contributors: [{ email: s.aiko.email, role: "frontline" }],
    },
    { baseUrl: origin },
  );
  const id = randomUUID().replace(/-/g, "");
  const res = await fetch(`${origin}/api/v1/responses`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      id,
      code: created.code,
      answers: { nps: 10, comment: "Aiko remembered my order" },
      locale: "en",
      answeredAt: new Date().toISOString(),
    }),
  });
  expect(res.status).toBe(201);
  await mailFor(s.aiko.email, /praised you/).toBe("A customer praised you at store-main");
  expect(sink.to(s.aiko.email)[0].text).toContain(`See it in your feed: ${origin}/me/responses/${id}`);

  const aiko = await signIn(browser, s.aiko.email);
  await expect(aiko.getByTestId("inbox-bell").getByTestId("unread-badge")).toContainText("1");
  await aiko.getByTestId("inbox-bell").click();
  const item = aiko.getByTestId("inbox-item");
  await expect(item).toContainText("Kudos from a customer at store-main");
  await expect(item).toContainText("Aiko remembered my order");
  await item.getByRole("link").click();
  await expect(aiko).toHaveURL(new RegExp(`/me/responses/${id}$`));
  await expect(aiko.getByTestId("feed-response")).toContainText("Aiko remembered my order");
  await expect(aiko.getByTestId("inbox-bell").getByTestId("unread-badge")).toHaveCount(0);
  // Staff choose only about kudos; the follow-up kinds are not theirs to mute.
  await aiko.goto("/me/settings");
  await expect(aiko.getByRole("checkbox", { name: /Kudos/ })).toBeChecked();
  await expect(aiko.getByRole("checkbox", { name: /Escalated cases/ })).toHaveCount(0);
  await aiko.getByLabel("Language").selectOption("fi");
  await aiko.getByRole("button", { name: "Save settings" }).click();
  await expect(aiko.getByText("Settings saved.")).toBeVisible();
  await aiko.reload();
  await expect(aiko.getByLabel("Language")).toHaveValue("fi");
  await screenshot(aiko, "settings-390");
});

// A notification email the mail server refuses, as people meet it: the admin's email screen lists
// it with the server's answer, the recipient's own settings say their email is not getting
// through, and once the server accepts again the admin's "Retry now" sends it and the list is
// empty. It lives in this file because every test here shares the one SMTP server on its port.
test("a refused email shows on the admin's email screen and the recipient's settings; retry now sends it", async ({
  browser,
}) => {
  const org = await makeOrg({ name: "Kumo Bakery", timeZone: "Europe/Helsinki" });
  await makeTouchpoint(org.id, "store-main");
  const person = (name: string, role: "admin" | "manager" | "staff", teamId?: string) =>
    makeUser(org.id, { email: `${uniq(name.toLowerCase())}@example.test`, name, role, teamId, password: PASSWORD });
  const admin = await person("Ada", "admin");
  const manager = await person("Mika", "manager");
  const team = await makeTeam(org.id, "Counter", manager.id);
  const aiko = await person("Aiko", "staff", team.id);

  const adminPage = await (await browser.newContext({ baseURL: origin, locale: "en-GB" })).newPage();
  await adminPage.setViewportSize({ width: 390, height: 844 });
  await signInOn(adminPage, admin.email, /\/admin$/);
  await adminPage.goto("/admin/email");
  await expect(adminPage.getByText("Every email has gone out")).toBeVisible();
  await expect(adminPage.getByTestId("unsent-count")).toHaveText("0");
  await shoot(adminPage, "email-empty");

  // The mail server refuses Mika's mailbox; a detractor on Mika's team is answered.
  sink.refuse(`5.1.1 <${manager.email}>: mailbox unavailable`);
  const created = await createInteraction(
    org.id,
    {
      ref: uniq("pos"),
      touchpoint: "store-main",
      occurredAt: new Date(Date.now() - 60_000).toISOString(),
      contributors: [{ email: aiko.email, role: "frontline" }],
    },
    { baseUrl: origin },
  );
  const res = await fetch(`${origin}/api/v1/responses`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ id: randomUUID().replace(/-/g, ""), code: created.code, answers: { nps: 2 }, locale: "en" }),
  });
  expect(res.status).toBe(201);
  await expect
    .poll(async () => (await db.emailOutbox.findFirst({ where: { orgId: org.id } }))?.lastError ?? null, {
      timeout: 30_000,
    })
    .toContain("mailbox unavailable");
  expect(sink.to(manager.email)).toEqual([]);

  // The admin sees it, with who, what, how many attempts and the server's answer.
  await adminPage.reload();
  const row = adminPage.getByTestId("queued-email");
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(manager.email);
  await expect(row).toContainText("Retrying");
  await expect(row).toContainText("New follow-up cases");
  await expect(row).toContainText("1 of 10");
  await expect(row.getByTestId("last-error")).toContainText("mailbox unavailable");
  await expect(adminPage.getByTestId("unsent-count")).toHaveText("1");
  await shoot(adminPage, "email-queue");

  // Mika's own settings say so.
  const mika = await (await browser.newContext({ baseURL: origin, locale: "en-GB" })).newPage();
  await mika.setViewportSize({ width: 390, height: 844 });
  await signInOn(mika, manager.email, /\/team$/);
  await mika.goto("/me/settings");
  const note = mika.getByTestId("email-problem");
  await expect(note).toContainText(`Emails to ${manager.email} are not getting through`);
  await expect(note).toContainText("mailbox unavailable");
  await shoot(mika, "settings-email-problem");

  // The mailbox is fixed; the admin retries at once instead of waiting for the next attempt.
  sink.refuse(null);
  await row.getByRole("button", { name: /Retry now/ }).click();
  await expect(adminPage.getByText("Sending it again now.")).toBeVisible();
  await expect
    .poll(() => sink.to(manager.email).map((m) => m.subject), { timeout: 30_000 })
    .toEqual(["Unhappy customer at store-main (NPS 2)"]);
  await expect(adminPage.getByText("Every email has gone out")).toBeVisible({ timeout: 30_000 });
  await adminPage.reload();
  await expect(adminPage.getByTestId("queued-email")).toHaveCount(0);
  await expect(adminPage.getByTestId("unsent-count")).toHaveText("0");
  await mika.reload();
  await expect(mika.getByRole("heading", { name: "My settings" })).toBeVisible();
  await expect(mika.getByTestId("email-problem")).toHaveCount(0);
});
