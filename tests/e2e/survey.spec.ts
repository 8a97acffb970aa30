// The customer's path at 390×844: a till creates the interaction through the API, the link is
// answered in Japanese, the database holds one response credited to both colleagues, and the
// link then says "already answered". The same again with JavaScript off.
import { expect, test, type Page } from "@playwright/test";
import { expectOneResponseForBoth, makeSurveyShop, newSurveyLink } from "./survey-fixtures";

test.use({ locale: "ja-JP", extraHTTPHeaders: { "accept-language": "ja,en;q=0.5" } });

async function answerInJapanese(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator("html")).toHaveAttribute("lang", "ja");
  await page
    .getByRole("group", { name: "私たちを友人や同僚にすすめる可能性は、どのくらいありますか？" })
    .getByRole("radio", { name: "10", exact: true })
    .check();
  await page
    .getByRole("group", { name: "今回のご利用にどのくらい満足されましたか？" })
    .getByRole("radio", { name: "4", exact: true })
    .check();
  await page
    .getByRole("group", { name: "必要なことを簡単に済ませることができた。" })
    .getByRole("radio", { name: "6", exact: true })
    .check();
  await page.getByRole("checkbox", { name: "親切な対応" }).check();
  await page.getByLabel("スタッフに伝えたいことがあれば、お聞かせください。").fill("パンが<とても>美味しかったです");
  await page.getByRole("button", { name: "送信する" }).click();
  await expect(page.getByRole("heading", { name: "ありがとうございました！" })).toBeVisible();
  await expect(page.getByText("いただいたご回答は、担当したスタッフに直接届きます。")).toBeVisible();
}

const stored = {
  nps: 10,
  csat: 4,
  ces: 6,
  comment: "パンが<とても>美味しかったです",
  choices: '["friendly"]',
  locale: "ja",
};

test("a survey answered in Japanese is stored once, for both colleagues", async ({ page, request }) => {
  const shop = await makeSurveyShop();
  const { interactionId, path } = await newSurveyLink(request, shop);
  await answerInJapanese(page, path);
  await expectOneResponseForBoth(shop, interactionId, stored);
  await page.goto(path);
  await expect(page.getByRole("heading", { name: "回答済みです" })).toBeVisible();
  await expect(page.getByRole("button", { name: "送信する" })).toHaveCount(0);
});

test.describe("with JavaScript turned off", () => {
  test.use({ javaScriptEnabled: false });

  test("the plain form post stores the answer and shows the server's thank-you page", async ({ page, request }) => {
    const shop = await makeSurveyShop();
    const { interactionId, path } = await newSurveyLink(request, shop);
    await answerInJapanese(page, path);
    await expectOneResponseForBoth(shop, interactionId, stored);
    await page.goto(path);
    await expect(page.getByRole("heading", { name: "回答済みです" })).toBeVisible();
  });

  test("a bad value comes back with the answers kept and the error beside the field", async ({ page, request }) => {
    const shop = await makeSurveyShop();
    const { path } = await newSurveyLink(request, shop);
    await page.goto(`${path}?lang=en`);
    await page
      .getByRole("group", { name: /recommend/ })
      .getByRole("radio", { name: "3", exact: true })
      .check();
    await page.getByLabel("Anything you want to tell the team?").fill("kept <b>as written</b>");
    // A tampered value (no browser sends 11 from this form), to see the server's answer.
    await page.locator('input[name="nps"][value="3"]').evaluate((el) => el.setAttribute("value", "11"));
    await page.getByRole("button", { name: "Send" }).click();
    await expect(page.getByText("Choose a number from 0 to 10.")).toBeVisible();
    await expect(page.getByLabel("Anything you want to tell the team?")).toHaveValue("kept <b>as written</b>");
    await expect(page.getByRole("alert").filter({ hasText: "Please check the answer marked below." })).toBeVisible();
  });
});

test("switching language keeps you on the survey", async ({ page, request }) => {
  const shop = await makeSurveyShop();
  const { path } = await newSurveyLink(request, shop);
  await page.goto(path);
  await page.getByText("日本語", { exact: true }).first().click();
  await page.getByRole("link", { name: "Suomi" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "fi");
  await expect(
    page.getByRole("group", { name: "Kuinka todennäköisesti suosittelisit meitä ystävälle tai kollegalle?" }),
  ).toBeVisible();
});
