// The interaction and poster endpoints over real HTTP (the fast-path handlers on an ephemeral server).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createApiKey } from "@/lib/auth/api-key";
import { memoryLimits } from "@/lib/http/limits";
import { startFastServer } from "@/lib/http/test-server";
import { makeOrg, makeTeam, makeTouchpoint, makeUser } from "@/tests/factories";

let server: Awaited<ReturnType<typeof startFastServer>>;
const limits = memoryLimits({ POSTER_IP_BURST: "3", POSTER_IP_PER_SEC: "0.01" });

beforeAll(async () => {
  server = await startFastServer({ limits });
});
afterAll(() => server.close());

async function shop() {
  const org = await makeOrg();
  const tp = await makeTouchpoint(org.id, "store-main");
  const team = await makeTeam(org.id, "Bakery");
  await makeUser(org.id, { email: "aiko@example.test" });
  const baker = await makeUser(org.id, { email: "baker@example.test", kind: "backoffice", teamId: team.id });
  await db.attributionRule.create({
    data: { orgId: org.id, touchpointId: tp.id, teamId: team.id, role: "backoffice", weight: 0.5 },
  });
  const { key } = await createApiKey(org.id);
  return { org, tp, baker, key };
}

const post = (key: string | null, body: string, headers: Record<string, string> = {}) =>
  fetch(`${server.url}/api/v1/interactions`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(key ? { authorization: `Bearer ${key}` } : {}), ...headers },
    body,
  });

const valid = {
  ref: "pos-1",
  touchpoint: "store-main",
  contributors: [{ email: "aiko@example.test", role: "frontline" }],
};

describe("POST /api/v1/interactions", () => {
  it("creates (201), then returns the same interaction for the same ref (200)", async () => {
    const { org, key } = await shop();
    const first = await post(key, JSON.stringify(valid));
    expect(first.status).toBe(201);
    const a = await first.json();
    expect(a).toMatchObject({
      ref: "pos-1",
      created: true,
      url: `${server.url}/s/${a.code}`,
      qrSvgUrl: `${server.url}/s/${a.code}/qr.svg`,
    });
    const second = await post(key, JSON.stringify(valid));
    expect(second.status).toBe(200);
    expect(await second.json()).toMatchObject({ id: a.id, code: a.code, created: false });
    expect(await db.interaction.count({ where: { orgId: org.id } })).toBe(1);
    expect(await db.contribution.count({ where: { interactionId: a.id } })).toBe(2); // aiko + the baker by rule

    const qr = await fetch(a.qrSvgUrl);
    expect(qr.status).toBe(200);
    expect(qr.headers.get("content-type")).toMatch(/image\/svg\+xml/);
    expect(await qr.text()).toMatch(/^<svg/);
  });

  it("answers 401 JSON for a missing, unknown or kiosk-scoped key and stores nothing", async () => {
    const { org, tp } = await shop();
    const { key: kioskKey } = await createApiKey(org.id, { scope: "kiosk", touchpointId: tp.id });
    for (const key of [null, "ens_" + "x".repeat(32), kioskKey]) {
      const res = await post(key, JSON.stringify(valid));
      expect(res.status).toBe(401);
      expect(res.headers.get("www-authenticate")).toMatch(/Bearer/);
      expect(await res.json()).toEqual({ error: expect.stringMatching(/API key/) });
    }
    expect(await db.interaction.count({ where: { orgId: org.id } })).toBe(0);
  });

  it("names the field for a foreign org's touchpoint and an unknown contributor (422), storing nothing", async () => {
    const { org, key } = await shop();
    const other = await makeOrg();
    await makeTouchpoint(other.id, "their-counter");
    const foreign = await post(key, JSON.stringify({ ...valid, touchpoint: "their-counter" }));
    expect(foreign.status).toBe(422);
    expect(await foreign.json()).toMatchObject({
      field: "touchpoint",
      error: expect.stringMatching(/^touchpoint: no active touchpoint/),
    });
    const unknown = await post(
      key,
      JSON.stringify({
        ...valid,
        contributors: [...valid.contributors, { email: "ghost@example.test", role: "frontline" }],
      }),
    );
    expect(unknown.status).toBe(422);
    expect(await unknown.json()).toMatchObject({
      field: "contributors[1].email",
      error: "contributors[1].email: no active staff member with this email",
    });
    const role = await post(
      key,
      JSON.stringify({ ...valid, contributors: [{ email: "aiko@example.test", role: "chef" }] }),
    );
    expect(await role.json()).toMatchObject({ field: "contributors[0].role" });
    expect(await db.interaction.count({ where: { orgId: { in: [org.id, other.id] } } })).toBe(0);
  });

  it("refuses a visit whose survey link would already have expired (422 naming occurredAt), storing nothing", async () => {
    const { org, key } = await shop();
    const { linkTtlDays } = await db.organization.findUniqueOrThrow({ where: { id: org.id } });
    const day = 86_400_000;
    const stale = new Date(Date.now() - linkTtlDays * day - 60_000).toISOString();
    const res = await post(key, JSON.stringify({ ...valid, ref: "old-visit", occurredAt: stale }));
    expect(res.status).toBe(422);
    const body = await res.json();
    expect(body.field).toBe("occurredAt");
    expect(body.error).toMatch(new RegExp(`^occurredAt: must be less than ${linkTtlDays} days ago`));
    expect(await db.interaction.count({ where: { orgId: org.id } })).toBe(0);
    // A day inside the lifetime is fine.
    const recent = new Date(Date.now() - (linkTtlDays - 1) * day).toISOString();
    expect((await post(key, JSON.stringify({ ...valid, ref: "recent-visit", occurredAt: recent }))).status).toBe(201);
  });

  it("refuses malformed JSON (400), a non-JSON type (415) and an oversize body (413)", async () => {
    const { org, key } = await shop();
    const bad = await post(key, '{"ref": "x",');
    expect(bad.status).toBe(400);
    expect((await bad.json()).error).toMatch(/^malformed JSON/);
    expect((await post(key, JSON.stringify(valid), { "content-type": "text/plain" })).status).toBe(415);
    const big = await post(key, JSON.stringify({ ...valid, ref: "x".repeat(17 * 1024) }));
    expect(big.status).toBe(413);
    expect(await big.json()).toEqual({ error: "request body must be at most 16 KB" });
    expect(await db.interaction.count({ where: { orgId: org.id } })).toBe(0);
  });
});

describe("poster scans: GET /t/<org>/<touchpoint>", () => {
  it("mints an interaction credited by the touchpoint's rules and redirects to its survey (303)", async () => {
    const { org, baker } = await shop();
    const res = await fetch(`${server.url}/t/${org.slug}/store-main`, {
      redirect: "manual",
      headers: { "x-test": "1" },
    });
    expect(res.status).toBe(303);
    const code = res.headers.get("location")!.match(/^\/s\/([0-9A-Za-z]{22})$/)![1];
    const ix = await db.interaction.findUniqueOrThrow({ where: { code }, include: { contributions: true } });
    expect(ix).toMatchObject({ orgId: org.id, source: "poster" });
    expect(ix.ref).toMatch(/^poster-[0-9A-Za-z]{16}$/);
    expect(ix.contributions.map((c) => [c.userId, c.role, c.weight])).toEqual([[baker.id, "backoffice", 0.5]]);
    const head = await fetch(`${server.url}/t/${org.slug}/store-main`, { method: "HEAD", redirect: "manual" });
    expect(head.status).toBe(200);
    expect(await db.interaction.count({ where: { orgId: org.id } })).toBe(1); // a HEAD mints nothing
  });

  it("shows a friendly localized page for an unknown poster (404) and rate-limits per address (429)", async () => {
    const { org } = await shop();
    const unknown = await fetch(`${server.url}/t/${org.slug}/nowhere`, {
      redirect: "manual",
      headers: { "accept-language": "de" },
    });
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toMatch(/lang="de".*Link nicht gefunden/s);
    // The limiter above allows 3 scans per address; one was spent in the previous test.
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++)
      statuses.push((await fetch(`${server.url}/t/${org.slug}/store-main`, { redirect: "manual" })).status);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(0);
    const limited = await fetch(`${server.url}/t/${org.slug}/store-main`, { redirect: "manual" });
    expect(limited.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(await db.interaction.count({ where: { orgId: org.id } })).toBe(statuses.filter((s) => s === 303).length);
  });

  it("serves the poster's QR as SVG and PNG", async () => {
    const { org } = await shop();
    const svg = await fetch(`${server.url}/t/${org.slug}/store-main/qr.svg`);
    expect(svg.headers.get("content-type")).toMatch(/svg/);
    expect(await svg.text()).toMatch(/^<svg/);
    const png = Buffer.from(await (await fetch(`${server.url}/t/${org.slug}/store-main/qr.png`)).arrayBuffer());
    expect(png.subarray(1, 4).toString()).toBe("PNG");
    expect((await fetch(`${server.url}/t/${org.slug}/nowhere/qr.svg`)).status).toBe(404);
  });
});
