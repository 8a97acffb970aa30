// The Next-side adapter: the same size limits and client address rules as the fast path.
import { afterEach, describe, expect, it } from "vitest";
import { fromWeb, toWebResponse } from "./api-request";
import { readJson } from "./json-body";

const post = (body: string, headers: Record<string, string> = {}) =>
  new Request("http://x/api/v1/responses", {
    method: "POST",
    body,
    headers: { "content-type": "application/json", ...headers },
  });

afterEach(() => {
  delete process.env.TRUST_PROXY;
});

describe("fromWeb", () => {
  it("reads a body within the limit and refuses one over it, declared or streamed", async () => {
    expect(await fromWeb(post('{"a":1}')).readBody(100)).toEqual({ ok: true, text: '{"a":1}' });
    expect(await fromWeb(post("x".repeat(101))).readBody(100)).toEqual({ ok: false, reason: "too-large" });
    const streamed = new Request("http://x", {
      method: "POST",
      body: new ReadableStream({
        start(c) {
          c.enqueue(new TextEncoder().encode("y".repeat(80)));
          c.enqueue(new TextEncoder().encode("y".repeat(80)));
          c.close();
        },
      }),
      duplex: "half",
    } as RequestInit);
    expect(await fromWeb(streamed).readBody(100)).toEqual({ ok: false, reason: "too-large" });
  });

  it("takes the address Next appended (last hop) unless a trusted proxy is declared", () => {
    const req = post("{}", { "x-forwarded-for": "6.6.6.6, 10.0.0.7" });
    expect(fromWeb(req).ip).toBe("10.0.0.7");
    process.env.TRUST_PROXY = "1";
    expect(fromWeb(req).ip).toBe("6.6.6.6");
    expect(fromWeb(post("{}")).ip).toBe("unknown");
  });

  it("turns content-type, size and syntax problems into 415, 413 and 400 JSON", async () => {
    const check = async (req: Request, limit = 100) => {
      const r = await readJson(fromWeb(req), limit);
      return r.ok ? 200 : (await toWebResponse(r.result)).status;
    };
    expect(await check(post("{}", { "content-type": "text/plain" }))).toBe(415);
    expect(await check(post("{}", { "content-type": "application/vnd.api+json" }))).toBe(200);
    expect(await check(post("x".repeat(200)))).toBe(413);
    expect(await check(post("{"))).toBe(400);
  });
});
