// Offline: a link opened once online is answered with the network gone, the queued state
// survives a reload while still offline, and coming back online stores exactly one response.
// A half-answered survey also survives a reload.
import { expect, test } from "@playwright/test";
import { db } from "../../lib/db";
import {
  expectOneResponseForBoth,
  makeSurveyShop,
  newSurveyLink,
  outboxCount,
  waitForOfflineReady,
} from "./survey-fixtures";

test.use({ locale: "en-GB", extraHTTPHeaders: { "accept-language": "en-GB,en;q=0.9" } });

test("answer offline, reload offline, reconnect: exactly one response", async ({ page, context, request }) => {
  const shop = await makeSurveyShop();
  const { interactionId, path } = await newSurveyLink(request, shop);
  await page.goto(path);
  await waitForOfflineReady(page);

  await context.setOffline(true);
  await expect(page.getByText("You're offline. You can still answer")).toBeVisible();
  await page
    .getByRole("group", { name: /recommend us/ })
    .getByRole("radio", { name: "9", exact: true })
    .check();
  await page.getByLabel("Anything you want to tell the team?").fill("Answered in the basement");
  await page.getByRole("button", { name: "Send" }).click();
  await expect(page.getByText("Thanks! We'll send it when you're back online.")).toBeVisible();

  await page.reload(); // still offline: the worker serves its copy, the outbox still holds the answer
  await expect(page.getByText("Thanks! We'll send it when you're back online.")).toBeVisible();
  expect(await db.response.count({ where: { interactionId } })).toBe(0);

  await context.setOffline(false);
  await expectOneResponseForBoth(shop, interactionId, { nps: 9, comment: "Answered in the basement", locale: "en" });
  await expect(page.getByRole("heading", { name: "Thank you!" })).toBeVisible();
  await expect.poll(() => outboxCount(page)).toBe(0);
});

test("a half-answered survey resumes after a reload", async ({ page, request }) => {
  const shop = await makeSurveyShop();
  const { path } = await newSurveyLink(request, shop);
  await page.goto(path);
  await page
    .getByRole("group", { name: /How satisfied/ })
    .getByRole("radio", { name: "2", exact: true })
    .check();
  await page.getByRole("checkbox", { name: "Quick" }).check();
  await page.getByLabel("Anything you want to tell the team?").fill("half way");
  await page.reload();
  await expect(
    page.getByRole("group", { name: /How satisfied/ }).getByRole("radio", { name: "2", exact: true }),
  ).toBeChecked();
  await expect(page.getByRole("checkbox", { name: "Quick" })).toBeChecked();
  await expect(page.getByLabel("Anything you want to tell the team?")).toHaveValue("half way");
});
