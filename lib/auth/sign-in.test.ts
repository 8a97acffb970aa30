import { describe, expect, it } from "vitest";
import { makeOrg, makeUser } from "../../tests/factories";
import { checkCredentials, MAX_FAILURES } from "./sign-in";

describe("checkCredentials", () => {
  it("accepts the right password, case-insensitive email", async () => {
    const org = await makeOrg();
    const user = await makeUser(org.id, { email: "ok-user@example.test", password: "correct horse", role: "manager" });
    const result = await checkCredentials("  OK-User@Example.test ", "correct horse");
    expect(result).toMatchObject({ ok: true, user: { id: user.id, role: "manager", orgId: org.id } });
  });

  it("refuses a wrong password and an unknown email alike", async () => {
    const org = await makeOrg();
    await makeUser(org.id, { email: "wrong-pw@example.test", password: "right" });
    expect(await checkCredentials("wrong-pw@example.test", "nope")).toEqual({ ok: false, reason: "invalid" });
    expect(await checkCredentials("nobody@example.test", "nope")).toEqual({ ok: false, reason: "invalid" });
  });

  it("locks the account after repeated failures, even for the right password", async () => {
    const org = await makeOrg();
    await makeUser(org.id, { email: "lock-me@example.test", password: "right" });
    for (let i = 1; i < MAX_FAILURES; i++) expect((await checkCredentials("lock-me@example.test", "x")).ok).toBe(false);
    expect(await checkCredentials("lock-me@example.test", "x")).toEqual({ ok: false, reason: "locked" });
    expect(await checkCredentials("lock-me@example.test", "right")).toEqual({ ok: false, reason: "locked" });
  });
});
