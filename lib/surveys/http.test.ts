import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { db } from "@/lib/db";
import { makeKioskKey, makeShop } from "@/lib/responses/test-helpers";
import { kioskHandler } from "../offline/kiosk-http";
import { memoryLimits } from "../http/limits";
import { surveyHandler } from "./http";

const limits = memoryLimits({});

let server: Server;
let base = "";
beforeAll(async () => {
  server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    if (!(await surveyHandler(limits)(req, res, url)) && !(await kioskHandler(req, res, url))) res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const post = (code: string, form: Record<string, string | string[]>, lang = "en") => {
  const body = new URLSearchParams();
  for (const [k, v] of Object.entries(form)) for (const x of [v].flat()) body.append(k, x);
  return fetch(`${base}/s/${code}`, { method: "POST", body, headers: { "accept-language": lang } });
};
const hiddenId = (html: string) => /name="id" value="([0-9a-f]{32})"/.exec(html)?.[1] ?? "";

describe("survey page over HTTP", () => {
  it("serves the form in the browser's language, compressed, with Vary and no caching by proxies", async () => {
    const shop = await makeShop();
    const { code } = await shop.link("r-ja");
    const res = await fetch(`${base}/s/${code}`, {
      headers: { "accept-language": "ja,en;q=0.8", "accept-encoding": "br" },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-encoding")).toBe("br");
    expect(res.headers.get("vary")).toBe("Accept-Encoding, Accept-Language");
    expect(res.headers.get("cache-control")).toBe("private, no-cache");
    const html = await res.text();
    expect(html).toMatch(/^<!doctype html><html lang="ja">/);
    expect(html).toContain("私たちを友人や同僚にすすめる可能性は、どのくらいありますか？");
    expect(html).toContain('<fieldset class="q" id="q-nps"');
    expect(html).not.toMatch(/aiko|baker/i); // nothing about staff
  });

  it("takes a no-JavaScript post, stores one response and then says already answered", async () => {
    const shop = await makeShop();
    const { code, id: interactionId } = await shop.link("r-post");
    const page = await (await fetch(`${base}/s/${code}?lang=de`)).text();
    const id = hiddenId(page);
    const res = await post(code, {
      id,
      lang: "de",
      nps: "10",
      csat: "5",
      choices: ["friendly", "clean"],
      comment: "Super <3",
    });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("Vielen Dank!");
    const stored = await db.response.findMany({ where: { interactionId } });
    expect(stored).toMatchObject([{ id, nps: 10, csat: 5, comment: "Super <3", locale: "de" }]);
    // The same post again (a double tap, a back-button resubmit) changes nothing.
    expect((await post(code, { id, lang: "de", nps: "10" })).status).toBe(200);
    expect(await db.response.count({ where: { interactionId } })).toBe(1);
    const again = await fetch(`${base}/s/${code}`, { headers: { "accept-language": "ja" } });
    expect(again.status).toBe(200);
    expect(await again.text()).toContain("回答済みです");
    const other = await post(code, { id: "f".repeat(32), nps: "0" });
    expect(other.status).toBe(409);
  });

  it("keeps the values and shows the error beside the field, escaped", async () => {
    const shop = await makeShop();
    const { code } = await shop.link("r-bad");
    const res = await post(code, { id: "a".repeat(32), nps: "12", csat: "4", comment: "<script>alert(1)</script>" });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('<p class="ferr" id="q-nps-err">Choose a number from 0 to 10.</p>');
    expect(html).toContain('name="csat" checked="" value="4"');
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;</textarea>");
    expect(html).not.toContain("<script>alert");
    expect(await db.response.count({ where: { orgId: shop.org.id } })).toBe(0);
  });

  it("answers unknown and expired links with friendly localised pages", async () => {
    const unknown = await fetch(`${base}/s/AAAAAAAAAAAAAAAAAAAAAA`, { headers: { "accept-language": "fi" } });
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toContain("Linkkiä ei löytynyt");
    const shop = await makeShop();
    const { code, id } = await shop.link("r-old");
    await db.interaction.update({ where: { id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const expired = await fetch(`${base}/s/${code}`, { headers: { "accept-language": "ru" } });
    expect(expired.status).toBe(410);
    expect(await expired.text()).toContain("Срок действия ссылки истёк");
    expect((await fetch(`${base}/s/%E0%A4%A`)).status).toBe(404);
  });

  it("refuses an oversize form with a page, not a dump", async () => {
    const shop = await makeShop();
    const { code } = await shop.link("r-big");
    const res = await post(code, { id: "b".repeat(32), comment: "x".repeat(40_000) });
    expect(res.status).toBe(413);
    expect(await res.text()).toContain("Something went wrong");
  });
});

describe("kiosk survey", () => {
  it("needs a kiosk key and returns the touchpoint's survey in five locales", async () => {
    const shop = await makeShop();
    expect((await fetch(`${base}/kiosk/survey`)).status).toBe(401);
    const key = await makeKioskKey(shop.org.id, shop.tp.id);
    const res = await fetch(`${base}/kiosk/survey`, { headers: { authorization: `Bearer ${key}` } });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.touchpoint).toBe("store-main");
    expect(Object.keys(body.forms)).toEqual(["en", "ja", "de", "ru", "fi"]);
    expect(body.forms.fi).toContain("Kuinka todennäköisesti suosittelisit meitä ystävälle tai kollegalle?");
    const shell = await fetch(`${base}/kiosk`);
    expect(shell.status).toBe(200);
    expect(await shell.text()).toContain('id="k-stage"');
  });
});
