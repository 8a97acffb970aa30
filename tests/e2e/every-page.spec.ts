// Every app page, as each role and signed out, on a phone (390×844) and a laptop (1366×900): no page
// is wider than the screen, and axe finds no serious or critical violation. One test, and one
// browser context signed in once, per role, viewport and group of up to PER_TEST pages, so the
// admin's many pages spread over the workers. Screenshots (tests/e2e/screens.ts) are for a
// person to look at.
import { readFileSync } from "node:fs";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { db } from "../../lib/db";
import { createInteraction } from "../../lib/interactions/create";
import { uniq } from "../factories";
import { makeBakeryShop, serve, signIn } from "./feed-scenario";
import { screenshot } from "./screens";

const AXE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const VIEWPORTS = [
  { name: "phone", width: 390, height: 844 },
  { name: "laptop", width: 1366, height: 900 },
];

type Finding = string;

async function check(page: Page, path: string, label: string): Promise<Finding[]> {
  const res = await page.goto(path);
  const findings: Finding[] = [];
  if (!res || res.status() >= 400) findings.push(`${label} ${path}: HTTP ${res?.status()}`);
  // Checked as a person meets it: loaded, and live (forms are disabled until the page hydrates,
  // and axe skips disabled controls).
  await page.waitForLoadState("load");
  await page.waitForFunction(() => !document.querySelector("form[aria-busy]"));
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  if (scrollWidth > innerWidth) findings.push(`${label} ${path}: ${scrollWidth}px wide on a ${innerWidth}px screen`);
  await page.addScriptTag({ content: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(o: unknown): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    const r = await axe.run({
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
      resultTypes: ["violations"],
    });
    return r.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map(
        (v) =>
          `${v.id} (${v.impact}): ${v.nodes
            .slice(0, 3)
            .map((n) => n.target.join(" "))
            .join(", ")}`,
      );
  });
  for (const v of violations) findings.push(`${label} ${path}: ${v}`);
  await screenshot(page, `every-page-${label}${path.replace(/[^a-z0-9]+/gi, "_")}`);
  return findings;
}

async function asRole(
  browser: Browser,
  vp: (typeof VIEWPORTS)[number],
  email: string | null,
  landing: RegExp,
  paths: string[],
  who: string,
) {
  const findings: Finding[] = [];
  const context = await browser.newContext({ viewport: { width: vp.width, height: vp.height }, bypassCSP: true });
  const page = await context.newPage();
  if (email) await signIn(page, email, landing);
  for (const path of paths) findings.push(...(await check(page, path, `${who}-${vp.name}`)));
  await context.close();
  return findings;
}

type Role = { who: string; email: string | null; landing: RegExp; paths: string[] };

/** A shop with something on every detail page, and each role's pages in it. */
async function setUp(): Promise<Role[]> {
  const shop = await makeBakeryShop();
  // The detail pages need something to show: a detractor's case, a rule, a webhook endpoint, an
  // answer in Aiko's feed and a QR screen she started herself.
  const { created: detractor } = await serve(shop.org.id, shop.tp.slug, shop.aiko.email, 1, 9, {
    nps: 2,
    comment: "The coffee was cold and nobody noticed.",
  });
  const answered = await db.response.findFirstOrThrow({
    where: { interactionId: detractor.id },
    select: { id: true, followUp: { select: { id: true } } },
  });
  const qr = await createInteraction(
    shop.org.id,
    { ref: uniq("qr"), touchpoint: shop.tp.slug, contributors: [{ email: shop.aiko.email, role: "frontline" }] },
    { baseUrl: "http://e2e", source: "staff", createdById: shop.aiko.id },
  );
  const webhook = await db.webhookEndpoint.create({
    data: { orgId: shop.org.id, url: "https://hooks.example.test/ensemble", secret: "whsec_every_page" },
  });
  // A flag with its answer, for the flag's own page.
  const flag = await db.gamingFlag.create({
    data: {
      orgId: shop.org.id,
      kind: "asked-for-ten",
      key: `asked-for-ten:${answered.id}`,
      subject: "Aiko Tanaka",
      subjectId: shop.aiko.id,
      summary: "The comment says the customer was asked for a 10 (matched in en).",
      firstAt: new Date(),
      lastAt: new Date(),
      n: 1,
      answers: { create: [{ responseId: answered.id }] },
    },
  });
  const ids = {
    staff: shop.aiko.id,
    team: shop.bakery.id,
    touchpoint: shop.tp.id,
    template: (await db.surveyTemplate.findFirst({ where: { orgId: shop.org.id }, select: { id: true } }))?.id,
    rule: (await db.attributionRule.findFirstOrThrow({ where: { orgId: shop.org.id }, select: { id: true } })).id,
    followUp: answered.followUp?.id,
    response: answered.id,
    qr: qr.id,
    webhook: webhook.id,
    flag: flag.id,
  };
  expect(ids.followUp, "a detractor opens a follow-up case").toBeTruthy();
  const admin = [
    "/admin",
    "/admin/follow-ups",
    `/admin/follow-ups/${ids.followUp}`,
    "/admin/templates",
    "/admin/templates/new",
    ...(ids.template ? [`/admin/templates/${ids.template}`] : []),
    "/admin/touchpoints",
    "/admin/touchpoints/new",
    `/admin/touchpoints/${ids.touchpoint}`,
    `/admin/touchpoints/${ids.touchpoint}/poster`,
    "/admin/staff",
    "/admin/staff/new",
    `/admin/staff/${ids.staff}`,
    "/admin/teams",
    "/admin/teams/new",
    `/admin/teams/${ids.team}`,
    "/admin/rules",
    "/admin/rules/new",
    `/admin/rules/${ids.rule}`,
    "/admin/keys",
    "/admin/webhooks",
    `/admin/webhooks/${ids.webhook}`,
    "/admin/email",
    "/admin/audit",
    "/admin/erasure",
    "/admin/flags",
    "/admin/flags?show=dismissed",
    `/admin/flags/${ids.flag}`,
    "/admin/settings",
    "/admin/drivers",
    `/team?team=${ids.team}`,
    "/team/comments?theme=coffee&locale=en&period=all",
    "/inbox",
    "/me/settings",
    "/me/password",
  ];
  const manager = [
    "/team",
    "/team/disputes",
    `/team/comments?team=${shop.counter.id}&theme=coffee&locale=en`,
    "/admin/follow-ups",
    `/admin/follow-ups/${ids.followUp}`,
    "/me",
    "/new",
    "/shift",
    "/inbox",
    "/me/settings",
    "/me/password",
  ];
  const staff = [
    "/me",
    `/me/responses/${ids.response}`,
    "/new",
    `/new/${ids.qr}`,
    "/shift",
    "/inbox",
    "/me/settings",
    "/me/password",
  ];
  return [
    { who: "public", email: null, landing: /./, paths: ["/signin"] },
    { who: "admin", email: shop.admin.email, landing: /\/admin/, paths: admin },
    { who: "manager", email: shop.manager.email, landing: /\/(team|me)/, paths: manager },
    { who: "staff", email: shop.aiko.email, landing: /\/me/, paths: staff },
  ];
}

// One test per role and screen, spread over the workers; each worker sets up a shop of its own.
test.describe.configure({ mode: "parallel" });
let roles: Promise<Role[]>;
test.beforeAll(async () => {
  roles = setUp();
  await roles;
});

// The tests are declared before the shop exists, so each takes its group by position: the admin's
// 35 pages are 5 groups, the manager's 11 are 2.
const PER_TEST = 8;
const GROUPS = { public: 1, admin: 5, manager: 2, staff: 1 };
for (const [who, groups] of Object.entries(GROUPS))
  for (const vp of VIEWPORTS)
    for (let g = 0; g < groups; g++)
      test(`every ${who} page fits the ${vp.name} screen and passes axe (${g + 1} of ${groups})`, async ({
        browser,
      }) => {
        const role = (await roles).find((r) => r.who === who)!;
        if (g === groups - 1)
          expect(role.paths.length, `${who}'s pages fit in ${groups} groups of ${PER_TEST}`).toBeLessThanOrEqual(
            groups * PER_TEST,
          );
        const paths = role.paths.slice(g * PER_TEST, (g + 1) * PER_TEST);
        expect(await asRole(browser, vp, role.email, role.landing, paths, role.who)).toEqual([]);
      });
