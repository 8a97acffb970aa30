// axe-core finds nothing on the survey page, its error state, the thank-you page and the
// friendly dead ends, at 390×844.
import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { db } from "../../lib/db";
import { makeSurveyShop, newSurveyLink } from "./survey-fixtures";

// The page's CSP allows only its own scripts; axe is injected by the test.
test.use({ bypassCSP: true });
const AXE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

async function expectNoViolations(page: Page, label: string) {
  await page.addScriptTag({ content: AXE });
  const violations = await page.evaluate(async () => {
    const r = await (
      window as unknown as {
        axe: { run(o: unknown): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
      }
    ).axe.run({
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
    });
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  });
  expect(violations, label).toEqual([]);
}

test("no accessibility violations on any state of the survey page", async ({ page, request }) => {
  const shop = await makeSurveyShop();
  const { path } = await newSurveyLink(request, shop);
  for (const lang of ["en", "ja", "ru"]) {
    await page.goto(`${path}?lang=${lang}`);
    await expectNoViolations(page, `form ${lang}`);
  }
  await page.getByText("Русский", { exact: true }).first().click(); // the open language menu
  await expectNoViolations(page, "language menu open");
  await page.getByRole("button", { name: "Отправить" }).click(); // nothing answered: the form's own error
  await expect(page.getByRole("alert").filter({ hasText: "Ответьте хотя бы на один вопрос." })).toBeVisible();
  await expectNoViolations(page, "error");
  await page
    .getByRole("group")
    .filter({ hasText: "Насколько вы довольны" })
    .getByRole("radio", { name: "5", exact: true })
    .check();
  await page.getByRole("button", { name: "Отправить" }).click();
  await expect(page.getByRole("heading", { name: "Спасибо!" })).toBeVisible();
  await expectNoViolations(page, "thank-you");
  await page.goto(path);
  await expectNoViolations(page, "already answered");
  const old = await newSurveyLink(request, shop);
  await db.interaction.update({ where: { id: old.interactionId }, data: { expiresAt: new Date(Date.now() - 1000) } });
  await page.goto(old.path);
  await expectNoViolations(page, "expired");
  await page.goto("/s/AAAAAAAAAAAAAAAAAAAAAA");
  await expectNoViolations(page, "unknown");
});
