// Every app page, as each role and signed out, on a phone (390×844) and a laptop (1366×900): no page
// is wider than the screen, and axe finds no serious or critical violation. One browser context per
// role and viewport, signed in once. Screenshots land in test-results/every-page/ for a person to look at.
import { readFileSync } from "node:fs";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { db } from "../../lib/db";
import { makeBakeryShop, signIn } from "./feed-scenario";

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
  await page.waitForLoadState("networkidle").catch(() => {});
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
    const r = await axe.run({ runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
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
  await page.screenshot({
    path: `test-results/every-page/${label}${path.replace(/[^a-z0-9]+/gi, "_")}.png`,
    fullPage: true,
  });
  return findings;
}

async function asRole(browser: Browser, email: string | null, landing: RegExp, paths: string[], who: string) {
  const findings: Finding[] = [];
  for (const vp of VIEWPORTS) {
    const context = await browser.newContext({ viewport: { width: vp.width, height: vp.height }, bypassCSP: true });
    const page = await context.newPage();
    if (email) await signIn(page, email, landing);
    for (const path of paths) findings.push(...(await check(page, path, `${who}-${vp.name}`)));
    await context.close();
  }
  return findings;
}

test("every page fits the screen and passes axe, for every role", async ({ browser }) => {
  test.setTimeout(600_000);
  const shop = await makeBakeryShop();
  const ids = {
    staff: shop.aiko.id,
    team: shop.bakery.id,
    touchpoint: shop.tp.id,
    template: (await db.surveyTemplate.findFirst({ where: { orgId: shop.org.id }, select: { id: true } }))?.id,
  };
  const admin = [
    "/admin",
    "/admin/follow-ups",
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
    "/admin/keys",
    "/admin/webhooks",
    "/admin/settings",
    `/team?team=${ids.team}`,
    "/inbox",
    "/me/settings",
    "/me/password",
  ];
  const manager = ["/team", "/admin/follow-ups", "/me", "/new", "/shift", "/inbox", "/me/settings", "/me/password"];
  const staff = ["/me", "/new", "/shift", "/inbox", "/me/settings", "/me/password"];
  const findings = [
    ...(await asRole(browser, null, /./, ["/signin"], "public")),
    ...(await asRole(browser, shop.admin.email, /\/admin/, admin, "admin")),
    ...(await asRole(browser, shop.manager.email, /\/(team|me)/, manager, "manager")),
    ...(await asRole(browser, shop.aiko.email, /\/me/, staff, "staff")),
  ];
  expect(findings).toEqual([]);
});
