// "Compared with others" and "Coming back": an admin adds both to a template with one click each,
// saves it; a customer on a phone answers them in Japanese (and, in the second test, with
// JavaScript off); the stored response has them, and the CSV export and the scores API show them.
import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { db } from "../../lib/db";
import { COMPARE_QUESTION, DEFAULT_TEMPLATE, RETURN_QUESTION } from "../../lib/surveys/template-schema";
import { makeUser, uniq } from "../factories";
import { shoot, signIn } from "./feed-scenario";
import { makeSurveyShop, newSurveyLink, PASSWORD } from "./survey-fixtures";

// The survey page's CSP allows only its own scripts; axe is injected by the test.
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

const storedAnswer = (interactionId: string) =>
  db.response.findFirst({
    where: { interactionId },
    select: { id: true, nps: true, compare: true, returnIntent: true, locale: true },
  });

test("an admin adds both questions with one click each; a customer answers them; CSV and scores show them", async ({
  page,
  request,
}) => {
  test.setTimeout(150_000); // an editor, a phone and two downloads on a shared machine
  const shop = await makeSurveyShop();
  const admin = await makeUser(shop.org.id, {
    email: `${uniq("admin")}@example.test`,
    role: "admin",
    password: PASSWORD,
  });
  await signIn(page, admin.email, /\/admin$/);

  await page.goto("/admin/templates/new");
  await page.getByLabel("Template name").fill("Counter survey");
  await page.getByLabel(/Default template/).check();
  const addCompare = page.getByRole("button", { name: "+ Compared with others" });
  const addReturn = page.getByRole("button", { name: "+ Coming back" });
  await addCompare.click();
  await addReturn.click();
  // Once there, they cannot be added twice.
  await expect(addCompare).toHaveCount(0);
  await expect(addReturn).toHaveCount(0);
  await expect(page.getByText(/^\d+\. Compared with others/)).toBeVisible();
  await expect(page.getByLabel("Answer 3 of 3 (en)").first()).toHaveValue("Better");
  const preview = page.frameLocator('iframe[title="Survey preview"]');
  await expect(preview.getByRole("group", { name: COMPARE_QUESTION.text.en })).toBeVisible();
  await shoot(page, "questions-editor-en");

  await page.getByRole("tab", { name: "日本語" }).click();
  await expect(page.getByLabel("Answer 1 of 3 (ja)").first()).toHaveValue(COMPARE_QUESTION.options[0].text.ja);
  await expect(page.getByLabel("Answer 2 of 3 (ja)").last()).toHaveValue(RETURN_QUESTION.options[1].text.ja);
  await expect(page.getByTestId("status-ja")).toHaveCount(0); // nothing missing or outdated
  await expect(preview.getByRole("group", { name: RETURN_QUESTION.text.ja })).toBeVisible();
  await shoot(page, "questions-editor-ja");

  await page.getByRole("button", { name: "Save template" }).click();
  await expect(page).toHaveURL(/\/admin\/templates\/c/);
  await page.reload();
  await expect(page.getByText(/^\d+\. Compared with others/)).toBeVisible();
  await expect(page.getByText(/^\d+\. Coming back/)).toBeVisible();
  const saved = await db.surveyTemplate.findFirstOrThrow({
    where: { orgId: shop.org.id, name: "Counter survey" },
    include: { versions: true },
  });
  const kinds = JSON.parse(saved.versions[0].definition).questions.map((q: { kind: string }) => q.kind);
  // Placed above the closing comment box.
  expect(kinds).toEqual(["nps", "csat", "ces", "choice", "compare", "return", "comment"]);

  // A customer on a 390 px phone, in Japanese.
  const { interactionId, path } = await newSurveyLink(request, shop);
  const customer = await page
    .context()
    .browser()!
    .newPage({ viewport: { width: 390, height: 844 } });
  await customer.goto(`${path}?lang=ja`);
  const compare = customer.getByRole("group", { name: COMPARE_QUESTION.text.ja });
  const comeBack = customer.getByRole("group", { name: RETURN_QUESTION.text.ja });
  await expect(compare).toBeVisible();
  await expectNoViolations(customer, "survey with comparison and return questions");
  await shoot(customer, "questions-survey-ja");
  await customer.goto(`${path}?lang=en`);
  await shoot(customer, "questions-survey-en");
  await customer.goto(`${path}?lang=ja`);
  await customer
    .getByRole("group", { name: DEFAULT_TEMPLATE.questions[0].text.ja })
    .getByRole("radio", { name: "9", exact: true })
    .check();
  await compare.getByRole("radio", { name: COMPARE_QUESTION.options[2].text.ja, exact: true }).check();
  await comeBack.getByRole("radio", { name: RETURN_QUESTION.options[1].text.ja, exact: true }).check();
  await comeBack.getByRole("radio", { name: RETURN_QUESTION.options[2].text.ja, exact: true }).check();
  await customer.getByRole("button", { name: "送信する" }).click();
  await expect(customer.getByRole("heading", { name: "ありがとうございました！" })).toBeVisible();
  await expect
    .poll(() => storedAnswer(interactionId), { timeout: 15_000 })
    .toMatchObject({
      nps: 9,
      compare: 3,
      returnIntent: 3,
      locale: "ja",
    });
  const stored = (await storedAnswer(interactionId))!;
  await customer.close();

  // The admin's CSV export carries both columns.
  const csv = await (await page.request.get("/api/export/responses.csv?period=all")).text();
  const [head, ...lines] = csv
    .replace(/^\uFEFF/, "")
    .trim()
    .split("\r\n");
  const cols = head.split(",");
  const line = lines.find((l) => l.startsWith(stored.id))!.split(",");
  expect(line[cols.indexOf("compare")]).toBe("3");
  expect(line[cols.indexOf("return")]).toBe("3");

  // And the scores API counts them.
  const scores = await request.get("/api/v1/scores", { headers: { authorization: `Bearer ${shop.apiKey}` } });
  expect(scores.status()).toBe(200);
  expect((await scores.json()).org).toMatchObject({ compareN: 1, returnN: 1 });
});

test.describe("with JavaScript turned off", () => {
  test.use({ javaScriptEnabled: false });

  test("the plain form post stores comparison and return intent", async ({ page, request }) => {
    const shop = await makeSurveyShop();
    const definition = structuredClone(DEFAULT_TEMPLATE);
    definition.questions.splice(4, 0, COMPARE_QUESTION, RETURN_QUESTION);
    await db.surveyTemplate.create({
      data: {
        orgId: shop.org.id,
        name: "Default",
        isDefault: true,
        versions: { create: { version: 1, definition: JSON.stringify(definition) } },
      },
    });
    const { interactionId, path } = await newSurveyLink(request, shop);
    await page.goto(`${path}?lang=en`);
    await page
      .getByRole("group", { name: COMPARE_QUESTION.text.en })
      .getByRole("radio", { name: "Worse", exact: true })
      .check();
    await page
      .getByRole("group", { name: RETURN_QUESTION.text.en })
      .getByRole("radio", { name: "Not sure", exact: true })
      .check();
    await page.getByRole("button", { name: "Send" }).click();
    await expect(page.getByRole("heading", { name: "Thank you!" })).toBeVisible();
    expect(await storedAnswer(interactionId)).toMatchObject({ nps: null, compare: 1, returnIntent: 2, locale: "en" });
  });
});
