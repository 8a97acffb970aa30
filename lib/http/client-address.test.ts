// Client addresses and public origins behind proxies: what a caller can forge must not move
// their rate-limit bucket or the links and QR codes we hand out.
import { afterEach, describe, expect, it } from "vitest";
import { clientFromChain, forwardedChain, trustedProxyHops, checkProxyConfig } from "./client-address";
import { memoryLimits } from "./limits";
import { publicOrigin } from "./public-url";
import { startFastServer } from "./test-server";
import { makeOrg, makeTouchpoint } from "@/tests/factories";

afterEach(() => {
  delete process.env.TRUST_PROXY;
  delete process.env.PUBLIC_BASE_URL;
  delete process.env.ALLOWED_HOSTS;
});

const headers = (h: Record<string, string>) => ({ get: (n: string) => h[n.toLowerCase()] ?? null });

describe("client address", () => {
  it("is the N-th address from the right with TRUST_PROXY=N, never the left-most", () => {
    const chain = forwardedChain("6.6.6.6, 198.51.100.4, 203.0.113.9", "10.0.0.2");
    expect(clientFromChain(chain, 0)).toBe("10.0.0.2"); // facing the internet: the socket
    expect(clientFromChain(chain, 1)).toBe("203.0.113.9"); // behind nginx: what nginx saw
    expect(clientFromChain(chain, 2)).toBe("198.51.100.4"); // CDN + nginx
    expect(clientFromChain(chain, 9)).toBe("6.6.6.6"); // fewer hops than declared: the furthest we have
    expect(clientFromChain(forwardedChain(undefined, "::ffff:127.0.0.1"), 1)).toBe("127.0.0.1");
    expect(clientFromChain([], 1)).toBe("unknown");
  });

  it("reads TRUST_PROXY as a hop count and refuses anything else at start", () => {
    expect(trustedProxyHops({})).toBe(0);
    expect(trustedProxyHops({ TRUST_PROXY: "2" })).toBe(2);
    expect(trustedProxyHops({ TRUST_PROXY: "true" })).toBe(0);
    expect(() => checkProxyConfig({ TRUST_PROXY: "true" })).toThrow(/TRUST_PROXY must be the number of proxies/);
    expect(() => checkProxyConfig({ TRUST_PROXY: "1" })).not.toThrow();
  });

  it("a rotating X-Forwarded-For does not escape the per-address limit behind one proxy", async () => {
    process.env.TRUST_PROXY = "1";
    const server = await startFastServer({
      limits: memoryLimits({ INGEST_IP_BURST: "50", INGEST_IP_PER_SEC: "0.01" }),
    });
    try {
      const send = async (i: number) => {
        const forged = `${i % 250}.${(i * 7) % 250}.1.${i % 200}`;
        const res = await fetch(`${server.url}/api/v1/responses`, {
          method: "POST",
          headers: { "content-type": "application/json", "x-forwarded-for": `${forged}, 127.0.0.1` },
          body: "{}",
        });
        await res.arrayBuffer();
        return res.status;
      };
      let passed = 0;
      for (let start = 0; start < 800; start += 50) {
        const statuses = await Promise.all(Array.from({ length: 50 }, (_, k) => send(start + k)));
        passed += statuses.filter((s) => s !== 429).length;
      }
      // All 800 came through the same last hop, so they share its bucket.
      expect(passed).toBe(50);
    } finally {
      await server.close();
    }
  });
});

describe("public origin", () => {
  it("ignores X-Forwarded-Host unless a trusted proxy sent it and the host is allowed", () => {
    const h = headers({ host: "127.0.0.1:3000", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" });
    expect(publicOrigin(h, {})).toEqual({ origin: "http://127.0.0.1:3000", hostDependent: true });
    expect(publicOrigin(h, { TRUST_PROXY: "1", ALLOWED_HOSTS: "feedback.example" }).origin).toBe(
      "https://feedback.example",
    );
    const base = { TRUST_PROXY: "1", PUBLIC_BASE_URL: "https://feedback.example/" };
    expect(publicOrigin(h, base)).toEqual({ origin: "https://feedback.example", hostDependent: false });
    const allowed = headers({ host: "app:3000", "x-forwarded-host": "kiosk.example", "x-forwarded-proto": "https" });
    expect(publicOrigin(allowed, { ...base, ALLOWED_HOSTS: "kiosk.example" })).toEqual({
      origin: "https://kiosk.example",
      hostDependent: true,
    });
    expect(publicOrigin(headers({ host: "a b<script>" }), {}).origin).toBe("http://localhost");
  });

  it("QR codes encode only allowed origins and are not shared by caches when the origin depends on the host", async () => {
    const org = await makeOrg();
    await makeTouchpoint(org.id, "store-main");
    const server = await startFastServer({ limits: false });
    const qr = (h: Record<string, string>) => fetch(`${server.url}/t/${org.slug}/store-main/qr.svg`, { headers: h });
    try {
      process.env.TRUST_PROXY = "1";
      process.env.PUBLIC_BASE_URL = "https://feedback.example";
      const fixed = await qr({ "x-forwarded-host": "evil.example" });
      expect(fixed.headers.get("cache-control")).toBe("public, max-age=3600");
      expect(fixed.headers.get("vary")).toBeNull();
      const fixedSvg = await fixed.text();
      expect(fixedSvg).toBe(await (await qr({})).text()); // the forged host changed nothing

      process.env.ALLOWED_HOSTS = "kiosk.example";
      const varying = await qr({ "x-forwarded-host": "kiosk.example" });
      expect(varying.headers.get("cache-control")).toBe("private, max-age=3600");
      expect(varying.headers.get("vary")).toMatch(/X-Forwarded-Host/);
      expect(await varying.text()).not.toBe(fixedSvg);
    } finally {
      await server.close();
    }
  });
});
