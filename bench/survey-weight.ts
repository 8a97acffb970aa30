// The survey page's first visit, as a customer's phone sees it: real Chromium (390×844, empty
// cache), every response's encodedDataLength from CDP Network events summed. A TCP proxy in
// front of the server also counts every byte sent to the browser, which includes the service
// worker's own downloads (its script and precache) that the page's CDP events do not show.
// Usage: npx tsx bench/survey-weight.ts   (after `npm run build`; falls back to --dev)
//        --all-questions: the default template plus the comparison and return questions
import { createConnection, createServer } from "node:net";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, startBenchServer } from "./bench-server";

const BUDGET = 30 * 1024;

async function proxy(target: URL): Promise<{ origin: string; bytes: () => number; close: () => void }> {
  let down = 0;
  const server = createServer((client) => {
    const upstream = createConnection(Number(target.port), target.hostname);
    upstream.on("data", (chunk) => (down += chunk.length));
    client.pipe(upstream).pipe(client);
    const end = () => (client.destroy(), upstream.destroy());
    client.on("error", end).on("close", end);
    upstream.on("error", end).on("close", end);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as { port: number };
  return { origin: `http://127.0.0.1:${port}`, bytes: () => down, close: () => server.close() };
}

async function main() {
  const server = await startBenchServer("weight");
  const { makeOrg, makeTouchpoint, makeUser } = await import("../tests/factories");
  const { createInteraction } = await import("../lib/interactions/create");
  const org = await makeOrg({ name: "Kumo Bakery" });
  await makeTouchpoint(org.id, "store-main");
  if (process.argv.includes("--all-questions")) {
    const { db } = await import("../lib/db");
    const { COMPARE_QUESTION, DEFAULT_TEMPLATE, RETURN_QUESTION } = await import("../lib/surveys/template-schema");
    const definition = structuredClone(DEFAULT_TEMPLATE);
    definition.questions.splice(4, 0, COMPARE_QUESTION, RETURN_QUESTION);
    await db.surveyTemplate.create({
      data: {
        orgId: org.id,
        name: "Default",
        isDefault: true,
        versions: { create: { version: 1, definition: JSON.stringify(definition) } },
      },
    });
  }
  const aiko = await makeUser(org.id, { email: "aiko@example.test" });
  const { code } = await createInteraction(
    org.id,
    { ref: "bench-1", touchpoint: "store-main", contributors: [{ email: aiko.email, role: "frontline" }] },
    { baseUrl: server.origin },
  );

  const wire = await proxy(new URL(server.origin));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: CHROMIUM_ARGS,
  });
  try {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      locale: "ja-JP",
      extraHTTPHeaders: { "accept-language": "ja" },
    });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.setCacheDisabled", { cacheDisabled: false });
    const urls = new Map<string, string>();
    const sizes = new Map<string, number>();
    cdp.on("Network.requestWillBeSent", (e) => urls.set(e.requestId, e.request.url));
    cdp.on("Network.loadingFinished", (e) => sizes.set(e.requestId, e.encodedDataLength));
    cdp.on("Network.loadingFailed", (e) => sizes.set(e.requestId, sizes.get(e.requestId) ?? 0));

    await page.goto(`${wire.origin}/s/${code}`, { waitUntil: "load" });
    // Let the service worker install, take control and keep its copy of the page.
    await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, { timeout: 30_000 });
    await page.waitForFunction(async () => (await (await caches.open("ensemble-pages")).keys()).length > 0, null, {
      timeout: 30_000,
      polling: 200,
    });
    await page.waitForTimeout(1000);

    const pageBytes = [...sizes.values()].reduce((a, b) => a + b, 0);
    for (const [id, url] of urls)
      console.log(`  ${String(sizes.get(id) ?? "?").padStart(6)}  ${url.replace(wire.origin, "")}`);
    console.log(`survey page first visit: ${pageBytes} bytes compressed in ${urls.size} requests (budget ${BUDGET})`);
    console.log(`including the service worker's install, on the wire: ${wire.bytes()} bytes (budget ${BUDGET})`);
    if (pageBytes > BUDGET || wire.bytes() > BUDGET) process.exitCode = 1;
  } finally {
    await browser.close();
    wire.close();
    server.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
