// The /api/v1/scores route handler, called directly: key checks, parameter errors, the document.
import { describe, expect, it } from "vitest";
import { randomBytes } from "node:crypto";
import { GET } from "../../app/api/v1/scores/route";
import { createApiKey } from "../auth/api-key";
import { db } from "../db";
import { uniq } from "../../tests/factories";
import { smallExpected, smallFixture } from "./fixtures";
import { compareScores } from "./fixtures/compare";
import { importInterchange } from "./import";

async function importedOrg() {
  const doc = smallFixture() as { responses: { id: string }[] };
  const prefix = randomBytes(4).toString("hex");
  for (const r of doc.responses) r.id = prefix + r.id.slice(8);
  const slug = uniq("api");
  await importInterchange(doc, { orgSlug: slug });
  return db.organization.findUniqueOrThrow({ where: { slug } });
}

const get = (query: string, key?: string) =>
  GET(
    new Request(`http://localhost/api/v1/scores${query}`, { headers: key ? { authorization: `Bearer ${key}` } : {} }),
  );

describe("GET /api/v1/scores", () => {
  it("returns the organisation's scores document for its API key", async () => {
    const org = await importedOrg();
    const { key } = await createApiKey(org.id);
    const res = await get("", key);
    expect(res.status).toBe(200);
    expect(compareScores(await res.json(), smallExpected()).problems).toEqual([]);

    const october = await (await get("?from=2026-10-01&to=2026-11-01", key)).json();
    expect(october.org.responses).toBeGreaterThan(0);
    expect(october.org.responses).toBeLessThan(326);
  });

  it("answers 401 for a missing, unknown or kiosk key and 422 naming a bad parameter", async () => {
    const org = await importedOrg();
    const kiosk = await createApiKey(org.id, { scope: "kiosk" });
    for (const key of [undefined, "ens_" + "x".repeat(32), kiosk.key]) {
      const res = await get("", key);
      expect(res.status).toBe(401);
      expect((await res.json()).error).toMatch(/^authorization: /);
    }
    const { key } = await createApiKey(org.id);
    const bad = await get("?from=last-week", key);
    expect(bad.status).toBe(422);
    expect(await bad.json()).toEqual({
      field: "from",
      error: "from: must be an ISO 8601 date-time like 2026-09-01T00:00:00Z or a date like 2026-09-01",
    });
    const backwards = await get("?from=2026-10-02&to=2026-10-01", key);
    expect(backwards.status).toBe(422);
    expect((await backwards.json()).field).toBe("to");
  });

  it("never shows another organisation's scores", async () => {
    const [a, b] = [await importedOrg(), await importedOrg()];
    await db.response.deleteMany({ where: { orgId: b.id } }); // b's raw data gone; rollups would still say 326
    await db.dailyRollup.deleteMany({ where: { orgId: b.id } });
    const { key } = await createApiKey(b.id);
    const doc = await (await get("", key)).json();
    expect(doc.org).toEqual({ responses: 0 });
    expect(a.id).not.toBe(b.id);
  });
});
