// Screenshots for a person to look at, written to test-results/screens/. No assertion depends on
// them, so a run that nobody looks at skips them: scripts/test-all.sh sets E2E_SCREENSHOTS=0.
import type { Page } from "@playwright/test";

export const SCREENSHOTS = process.env.E2E_SCREENSHOTS !== "0";

export async function screenshot(page: Page, name: string, fullPage = true) {
  if (!SCREENSHOTS) return;
  await page.screenshot({ path: `test-results/screens/${name}.png`, fullPage });
}
