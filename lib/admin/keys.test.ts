import { describe, expect, it } from "vitest";
import { authenticateApiKey } from "../auth/api-key";
import { makeTouchpoint } from "../../tests/factories";
import { createKey, kioskUrl, listKeys, revokeKey } from "./keys";
import { adminWorld } from "./test-actors";

describe("API and kiosk keys", () => {
  it("creates keys shown once, lists only the prefix, and revokes", async () => {
    const { admin, org } = await adminWorld();
    const api = await createKey(admin, { name: "POS", scope: "api" });
    if (!api.ok) throw new Error(JSON.stringify(api));
    expect(await authenticateApiKey(`Bearer ${api.data.key}`, "api")).toMatchObject({ orgId: org.id });
    const listed = await listKeys(admin);
    expect(listed[0]).toMatchObject({ name: "POS", prefix: api.data.key.slice(0, 8) });
    expect(JSON.stringify(listed)).not.toContain(api.data.key);
    expect(await revokeKey(admin, api.data.id)).toMatchObject({ ok: true });
    expect(await authenticateApiKey(`Bearer ${api.data.key}`, "api")).toBeNull();
    expect(kioskUrl("https://x.test/", "ens_abc")).toBe("https://x.test/kiosk#key=ens_abc");
  });

  it("needs a touchpoint of one's own org for a kiosk key, and an admin", async () => {
    const a = await adminWorld();
    const b = await adminWorld();
    expect(await createKey(a.admin, { name: "Tablet", scope: "kiosk" })).toMatchObject({
      ok: false,
      fieldErrors: { touchpointId: "is required for a kiosk key" },
    });
    const foreign = await makeTouchpoint(b.org.id);
    expect(await createKey(a.admin, { name: "Tablet", scope: "kiosk", touchpointId: foreign.id })).toMatchObject({
      ok: false,
      fieldErrors: { touchpointId: "must be a touchpoint in your organization" },
    });
    const theirs = await createKey(b.admin, { name: "Theirs", scope: "api" });
    if (!theirs.ok) throw new Error("setup");
    expect(await revokeKey(a.admin, theirs.data.id)).toMatchObject({ ok: false });
    expect(await createKey(a.manager, { name: "M", scope: "api" })).toMatchObject({
      ok: false,
      formError: "Only admins can change this.",
    });
  });
});
