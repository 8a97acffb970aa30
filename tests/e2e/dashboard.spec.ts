// The admin dashboard: org scores with n and margin of error, response rate by touchpoint, and
// the CSV export (BOM, escaping, formula guard, admins only).
import { expect, test } from "@playwright/test";
import { makeBakeryShop, serve, signIn } from "./feed-scenario";

test("org scores, response rate and the CSV export", async ({ page }) => {
  const shop = await makeBakeryShop();
  const nps = [10, 9, 9, 7, 3, 10];
  for (const [i, n] of nps.entries())
    await serve(shop.org.id, "store-main", shop.aiko.email, i + 1, 9, { nps: n, csat: n >= 7 ? 5 : 2 });
  await serve(shop.org.id, "store-main", shop.aiko.email, 1, 11, {
    nps: 0,
    comment: '=HYPERLINK("http://evil"), "quoted"',
  });
  await serve(shop.org.id, "store-main", shop.aiko.email, 1, 12, null);

  await signIn(page, shop.admin.email, /\/admin/);
  // 7 answers: 4 promoters, 2 detractors → NPS 100 · 2/7 = 28.6 → "29"; p + d = 6/7, (p − d)² = 4/49:
  // MoE = 196 · √((6/7 − 4/49) / 7) = 65.2 → "± 65".
  await expect(page.getByTestId("nps-value")).toHaveText("29± 65");
  await expect(page.getByTestId("nps-n")).toHaveText("7 answers");
  const row = page.getByTestId("touchpoint-row");
  await expect(row).toContainText("88%");
  await expect(row).toContainText("7 / 8");
  for (const m of ["NPS", "CSAT %", "CES"])
    await expect(page.getByRole("img", { name: new RegExp(`Organisation ${m.split(" ")[0]} by week`) })).toBeVisible();

  const res = await page.request.get("/api/export/responses.csv?period=all");
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toContain("text/csv");
  const bytes = await res.body();
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const csv = bytes.toString("utf8");
  expect(csv.trim().split("\r\n")).toHaveLength(8);
  expect(csv).toContain(`"'=HYPERLINK(""http://evil""), ""quoted"""`);
});
