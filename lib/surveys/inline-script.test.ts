// The survey form carries its built script inline, allowed by the SHA-256 of exactly those bytes
// in its CSP; a script that cannot sit inside <script> unchanged is linked instead.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { makeShop } from "@/lib/responses/test-helpers";
import { memoryLimits } from "../http/limits";
import { surveyHandler } from "./http";

let server: Server;
let base = "";
const root = mkdtempSync(join(tmpdir(), "ensemble-inline-"));
mkdirSync(join(root, "public"));
const builtScript = (text: string) => writeFileSync(join(root, "public", "survey.js"), text);

beforeAll(async () => {
  vi.spyOn(process, "cwd").mockReturnValue(root);
  server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    if (!(await surveyHandler(memoryLimits({}))(req, res, url))) res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterEach(() => rmSync(join(root, "public", "survey.js"), { force: true }));
afterAll(async () => {
  vi.restoreAllMocks();
  await new Promise<void>((r) => server.close(() => r()));
  rmSync(root, { recursive: true, force: true });
});

const sha256 = (text: string) => createHash("sha256").update(text).digest("base64");

describe("the survey page's script", () => {
  it("is inline at the end of the form page, and the CSP allows exactly its bytes", async () => {
    const script = 'document.documentElement.dataset.enhanced="1";\n';
    builtScript(script);
    const { code } = await (await makeShop()).link("r-inline");
    const res = await fetch(`${base}/s/${code}`, { headers: { "accept-language": "en" } });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain(`<script>${script}</script></body></html>`);
    expect(html).not.toContain("<script src");
    const inline = /<script>([\s\S]*?)<\/script>/.exec(html)![1];
    const csp = res.headers.get("content-security-policy")!;
    expect(csp).toContain(`script-src 'self' 'sha256-${sha256(inline)}'`);
    expect(csp).toContain("frame-ancestors 'none'");

    // A new build is picked up at once: new bytes, new digest.
    const next = 'document.documentElement.dataset.enhanced="2";\n';
    builtScript(next + "/* a longer build */\n");
    const again = await fetch(`${base}/s/${code}`);
    expect(await again.text()).toContain(`<script>${next}/* a longer build */\n</script>`);
    expect(again.headers.get("content-security-policy")).toContain(
      `'sha256-${sha256(next + "/* a longer build */\n")}'`,
    );
  });

  it("is linked, with no hash in the CSP, when its text could end the element early", async () => {
    builtScript('console.log("</script><p>");\n');
    const { code } = await (await makeShop()).link("r-linked");
    const res = await fetch(`${base}/s/${code}`);
    const html = await res.text();
    expect(html).toMatch(/<script src="\/survey\.js\?v=[0-9a-f]{12}" defer=""><\/script>/);
    expect(html).not.toContain("<script>");
    expect(res.headers.get("content-security-policy")).not.toContain("sha256-");
  });

  it("is not on pages without a form", async () => {
    builtScript('document.title="x";\n');
    const shop = await makeShop();
    const { code } = await shop.link("r-answered");
    const body = new URLSearchParams({ id: "b".repeat(32), nps: "9", lang: "en" });
    const thanks = await fetch(`${base}/s/${code}`, { method: "POST", body });
    expect(thanks.status).toBe(200);
    expect(await thanks.text()).not.toContain("<script");
    expect(thanks.headers.get("content-security-policy")).not.toContain("sha256-");
    const unknown = await fetch(`${base}/s/NoSuchLink0000000000`);
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).not.toContain("<script");
  });
});
