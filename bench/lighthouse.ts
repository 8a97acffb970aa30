// Lighthouse 12 on the survey page (mobile form factor, simulated slow 4G): prints the
// performance and accessibility scores. Lighthouse 12 has no PWA category any more; the
// installability check lives in tests/e2e/offline-install.spec.ts (CDP Page.getInstallabilityErrors).
// Usage: npx tsx bench/lighthouse.ts   (after `npm run build`; falls back to --dev)
import { CHROMIUM_ARGS, startBenchServer } from "./bench-server";

async function main() {
  const server = await startBenchServer("lighthouse");
  const { makeOrg, makeTouchpoint, makeUser } = await import("../tests/factories");
  const { createInteraction } = await import("../lib/interactions/create");
  const org = await makeOrg({ name: "Kumo Bakery" });
  await makeTouchpoint(org.id, "store-main");
  const aiko = await makeUser(org.id, { email: "aiko@example.test" });
  const { code } = await createInteraction(
    org.id,
    { ref: "lighthouse-1", touchpoint: "store-main", contributors: [{ email: aiko.email, role: "frontline" }] },
    { baseUrl: server.origin },
  );

  const { default: lighthouse } = await import("lighthouse");
  const chromeLauncher = await import("chrome-launcher");
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    chromeFlags: CHROMIUM_ARGS,
  });
  try {
    const result = await lighthouse(`${server.origin}/s/${code}`, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance", "accessibility"],
    });
    const categories = result?.lhr.categories ?? {};
    const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
    const audits = result?.lhr.audits ?? {};
    console.log(
      `lighthouse survey page: performance ${score("performance")}/100, accessibility ${score("accessibility")}/100 (target 90 each)`,
    );
    for (const id of [
      "first-contentful-paint",
      "largest-contentful-paint",
      "total-blocking-time",
      "cumulative-layout-shift",
    ]) {
      if (audits[id]) console.log(`  ${id}: ${audits[id].displayValue}`);
    }
    if (score("performance") < 90 || score("accessibility") < 90) process.exitCode = 1;
  } finally {
    await chrome.kill();
    server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
