// No input gives a 5xx: every public endpoint, fed hostile values (NUL bytes, lone UTF-16
// surrogates, control characters, year-0000 dates, wrong types, huge numbers, unknown methods),
// answers 4xx or 2xx, and a batch never reports an item as a server fault (the outbox would retry
// it forever). Runs on whichever database TEST_DB names; bounded so it takes a few seconds.
import { createServer, request as httpRequest } from "node:http";
import type { AddressInfo } from "node:net";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as health } from "@/app/api/health/route";
import { GET as scores } from "@/app/api/v1/scores/route";
import { authOptions } from "@/lib/auth/options";
import { createApiKey } from "@/lib/auth/api-key";
import { fastHandlers } from "@/lib/http/fast-routes";
import { refuseUnknownMethod } from "@/lib/http/methods";
import { makeKioskKey, makeShop, newId } from "@/lib/responses/test-helpers";

const RUNS = Number(process.env.PROPERTY_RUNS ?? 25);

// Values that broke a database or a parser once, mixed with whatever fast-check makes up.
const nasty = fc.constantFrom(
  "\u0000",
  "a\u0000b",
  "\ud800",
  "x\udfff",
  "\ud83d",
  "\u001b[31m",
  "\u202e",
  "0000-01-01T00:00:00Z",
  "9999-12-31T23:59:59Z",
  "-000001-01-01T00:00:00Z",
  "2026-02-30T10:00:00Z",
  "",
  " ",
  "x".repeat(5000),
  "💥".repeat(700),
  "__proto__",
  "constructor",
  "%00",
  "%ED%A0%80",
  "../../etc/passwd",
);
const text = fc.oneof(nasty, fc.string({ unit: "binary", maxLength: 40 }), fc.string({ maxLength: 20 }));
const scalar = fc.oneof(
  text,
  fc.integer(),
  fc.double(),
  fc.constantFrom(1e308, -0, 2 ** 53 + 1),
  fc.boolean(),
  fc.constant(null),
);
const value = fc.oneof(scalar, fc.array(scalar, { maxLength: 3 }), fc.dictionary(text, scalar, { maxKeys: 3 }));
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });

let base = "";
let close: () => Promise<void> = async () => {};
let shop: Awaited<ReturnType<typeof makeShop>>;
let apiKey = "";
let kioskKey = "";
const codes: string[] = [];

beforeAll(async () => {
  shop = await makeShop();
  apiKey = (await createApiKey(shop.org.id, { name: "POS" })).key;
  kioskKey = await makeKioskKey(shop.org.id, shop.tp.id);
  for (let i = 0; i < 6; i++) codes.push((await shop.link(`prop-${newId()}`)).code);
  const handlers = fastHandlers({ limits: false });
  const server = createServer(async (req, res) => {
    try {
      if (refuseUnknownMethod(req, res)) return;
      const url = new URL(req.url ?? "/", "http://localhost");
      for (const h of handlers) if (await h(req, res, url)) return;
      res.writeHead(404).end();
    } catch (error) {
      console.error("unhandled", error);
      if (!res.headersSent) res.writeHead(599);
      res.end();
    }
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => new Promise((r) => (server.closeAllConnections(), server.close(() => r())));
});
afterAll(() => close());

/** A raw request: any method, path bytes and body, so nothing is cleaned up on the way. */
function send(method: string, path: string, body?: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; text: string }>((resolve, reject) => {
    if (body !== undefined) headers = { ...headers, "content-length": String(Buffer.byteLength(body)) };
    const req = httpRequest(`${base}${path}`, { method, headers, insecureHTTPParser: true }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (c) => (text += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on("error", reject);
    req.end(body);
  });
}
const json = (method: string, path: string, body: unknown, headers: Record<string, string> = {}) =>
  send(method, path, JSON.stringify(body), { "content-type": "application/json", ...headers });

// Mostly well-formed, so the hostile part travels all the way to the database write.
const often = <T, U>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<U>) =>
  fc.oneof({ arbitrary: good, weight: 3 }, { arbitrary: bad, weight: 1 });
const FRESH = "<fresh link>";
const code = often(
  fc.constant(FRESH),
  fc.oneof(
    fc.constantFrom(0, 1, 2).map((i) => codes[i]),
    text,
  ),
);
/** A well-formed object, half the time with one field swapped for a hostile value, so values travel all the way in. */
function oneHostile<T extends Record<string, unknown>>(good: fc.Arbitrary<T>, fields: string[], bad = value) {
  return fc
    .tuple(good, fc.oneof(fc.constant("(none)"), fc.constantFrom(...fields)), bad)
    .map(([g, field, v]) => (field === "(none)" ? g : { ...g, [field]: v }));
}
// The comment is where text reaches the database, so it is hostile half the time on its own.
const answers = oneHostile(fc.record({ nps: fc.integer({ min: 0, max: 10 }), comment: often(text, nasty) }), [
  "nps",
  "csat",
  "ces",
  "comment",
  "choices",
  "extra",
]);
const instant = often(
  fc.date({ min: new Date(Date.now() - 3_600_000), max: new Date(), noInvalidDate: true }).map((d) => d.toISOString()),
  nasty,
);
const response = oneHostile(
  fc.record({
    id: fc.constant("").map(() => newId()),
    code,
    answers,
    locale: fc.constantFrom("en", "ja"),
    answeredAt: instant,
  }),
  ["id", "answers", "locale", "answeredAt", "touchpoint"],
);
/** A kiosk answer creates its own interaction, so every one reaches the write. */
const kioskResponse = response.map(({ code: _code, ...r }) => ({ ...r, touchpoint: "store-main" }));
/** Fresh links are made per run: an answered link stops at 409 before anything is written. */
async function withFreshCodes<T extends { code?: unknown }>(items: T[]) {
  for (const item of items) if (item.code === FRESH) item.code = (await shop.link(`prop-${newId()}`)).code;
  return items;
}

/** Percent-encodes the UTF-8 bytes (a lone surrogate becomes U+FFFD, as a browser would send it). */
const enc = (s: string) => [...Buffer.from(s, "utf8")].map((b) => `%${b.toString(16).padStart(2, "0")}`).join("");
const segment = fc.oneof(text, fc.constantFrom("store-main", "x")).map(enc);
const headerText = fc.stringMatching(/^[\x21-\x7e]{0,60}$/);

async function expectBelow500(status: number, what: string) {
  expect(status, what).toBeLessThan(500);
}

describe("no public endpoint answers 5xx, whatever it is sent", () => {
  it("POST /api/v1/responses and /batch, public and kiosk", async () => {
    await fc.assert(
      fc.asyncProperty(
        response,
        fc.array(response, { maxLength: 4 }),
        fc.array(kioskResponse, { maxLength: 3 }),
        async (one, many, kiosk) => {
          const [single] = await withFreshCodes([one]);
          const res = await json("POST", "/api/v1/responses", single);
          await expectBelow500(res.status, `single ${res.text}`);
          for (const [items, headers] of [
            [await withFreshCodes(many), {}],
            [kiosk, { authorization: `Bearer ${kioskKey}` }],
          ] as const) {
            const batch = await json("POST", "/api/v1/responses/batch", { responses: items }, headers);
            await expectBelow500(batch.status, `batch ${batch.text}`);
            if (batch.status === 200)
              for (const r of JSON.parse(batch.text).results as { status: string }[])
                expect(r.status, `a server fault is retried forever: ${batch.text}`).not.toBe("error");
          }
        },
      ),
      { numRuns: RUNS },
    );
  });

  it("GET and POST /s/<code> (the page and the no-JavaScript form), and its QR", async () => {
    const formValue = fc.oneof(text, fc.integer({ min: -5, max: 15 }).map(String));
    await fc.assert(
      fc.asyncProperty(
        code,
        fc.array(fc.tuple(fc.constantFrom("nps", "csat", "comment", "comment", "choices", "lang"), formValue), {
          maxLength: 6,
        }),
        fc.boolean(),
        maybe(text),
        async (picked, fields, rawPercent, lang) => {
          const [{ code: c }] = await withFreshCodes([{ code: picked }]);
          const path = `/s/${enc(String(c))}`;
          const page = await send("GET", `${path}${lang ? `?lang=${enc(lang)}` : ""}`, undefined, {
            "accept-language": "ja,en;q=0.5",
          });
          await expectBelow500(page.status, `page ${page.status}`);
          const body = fields
            .map(([k, v]) => `${k}=${rawPercent && v.startsWith("%") ? v : enc(v)}`)
            .concat(`id=${newId()}`)
            .join("&");
          const post = await send("POST", path, body, { "content-type": "application/x-www-form-urlencoded" });
          await expectBelow500(post.status, `form post ${post.status}`);
          const qr = await send("GET", `${path}/qr.svg`);
          await expectBelow500(qr.status, "qr");
        },
      ),
      { numRuns: RUNS },
    );
  });

  it("POST /api/v1/interactions with a key, poster scans and the kiosk", async () => {
    const contributor = fc.record(
      {
        email: often(fc.constant("aiko@example.test"), text),
        role: often(fc.constant("frontline"), value),
        weight: maybe(value),
      },
      { requiredKeys: ["email", "role"] },
    );
    const interaction = oneHostile(
      fc.record({
        ref: fc.constant("").map(() => `p-${newId()}`),
        touchpoint: fc.constant("store-main"),
        occurredAt: instant,
        tags: fc.array(often(fc.constantFrom("cake", "coffee"), text), { maxLength: 3 }),
        contributors: fc.array(contributor, { maxLength: 2 }),
      }),
      ["ref", "touchpoint", "occurredAt", "locale", "tags", "customer", "contributors"],
      fc.oneof(text, value),
    );
    await fc.assert(
      fc.asyncProperty(interaction, segment, segment, maybe(headerText), async (body, org, tp, auth) => {
        const created = await json("POST", "/api/v1/interactions", body, { authorization: `Bearer ${apiKey}` });
        await expectBelow500(created.status, `interactions ${created.text}`);
        const scan = await send("GET", `/t/${org}/${tp}`);
        await expectBelow500(scan.status, "poster scan");
        const real = await send("GET", `/t/${shop.org.slug}/store-main/qr.svg`);
        await expectBelow500(real.status, "poster qr");
        const kiosk = await send("GET", "/kiosk/survey", undefined, auth ? { authorization: `Bearer ${auth}` } : {});
        await expectBelow500(kiosk.status, "kiosk");
      }),
      { numRuns: RUNS },
    );
  });

  it("any method on any path", async () => {
    const method = fc.oneof(
      fc.constantFrom("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "PROPFIND", "MKCOL"),
      fc.stringMatching(/^[A-Z]{1,10}$/),
    );
    const path = fc.oneof(
      fc.constantFrom(
        "/s/",
        "/api/v1/responses",
        "/api/v1/responses/batch",
        "/api/v1/interactions",
        "/kiosk",
        "/t/a/b",
      ),
      segment.map((s) => `/s/${s}`),
    );
    await fc.assert(
      fc.asyncProperty(method, path, async (m, p) => {
        const res = await send(m, p, m === "GET" || m === "HEAD" ? undefined : "{}", {
          "content-type": "application/json",
        });
        await expectBelow500(res.status, `${m} ${p}`);
      }),
      { numRuns: RUNS },
    );
    expect((await send("TRACE", "/")).status).toBe(405);
  });

  it("sign-in, health and the scores API (served by Next, called as Next calls them)", async () => {
    const provider = authOptions.providers[0] as unknown as {
      options: { authorize(c: Record<string, string>, req: unknown): Promise<unknown> };
    };
    await fc.assert(
      fc.asyncProperty(text, text, maybe(text), maybe(text), async (email, password, from, to) => {
        // Every refusal is the same "invalid" error; anything else would reach the person as a 500.
        await provider.options.authorize({ email, password }, { headers: { "x-forwarded-for": "203.0.113.9" } }).then(
          () => expect.unreachable("signed in with made-up credentials"),
          (e: Error) => expect(e.message).toBe("invalid"),
        );
        const qs = new URLSearchParams();
        if (from !== undefined) qs.set("from", from);
        if (to !== undefined) qs.set("to", to);
        const res = await scores(
          new Request(`http://localhost/api/v1/scores?${qs}`, { headers: { authorization: `Bearer ${apiKey}` } }),
        );
        await expectBelow500(res.status, `scores ${await res.clone().text()}`);
      }),
      { numRuns: Math.ceil(RUNS / 2) },
    );
    expect((await health()).status).toBe(200);
  });
});
