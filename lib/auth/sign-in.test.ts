import bcrypt from "bcryptjs";
import { afterEach, describe, expect, it, vi } from "vitest";
import { makeOrg, makeUser, uniq } from "../../tests/factories";
import { dummyHash } from "./password";
import { BASE_DELAY_MS, checkCredentials, delayAfter, FREE_FAILURES } from "./sign-in";

const address = () => `198.51.100.${Math.floor(Math.random() * 250)}-${uniq("a")}`;

afterEach(() => vi.restoreAllMocks());

describe("checkCredentials", () => {
  it("accepts the right password, case-insensitive email, and says whether it must be changed", async () => {
    const org = await makeOrg();
    const user = await makeUser(org.id, {
      email: `${uniq("ok")}@example.test`,
      password: "correct horse",
      role: "manager",
    });
    const result = await checkCredentials(`  ${user.email.toUpperCase()} `, "correct horse");
    expect(result).toMatchObject({
      ok: true,
      user: { id: user.id, role: "manager", orgId: org.id, sessionVersion: 0, mustChangePassword: false },
    });
  });

  it("answers a wrong password, an unknown email and text no email holds identically", async () => {
    const org = await makeOrg();
    const user = await makeUser(org.id, { email: `${uniq("pw")}@example.test`, password: "right" });
    const from = address();
    expect(await checkCredentials(user.email, "nope", { address: from })).toEqual({ ok: false, retryAfterMs: 0 });
    expect(await checkCredentials(`${uniq("nobody")}@example.test`, "nope", { address: from })).toEqual({
      ok: false,
      retryAfterMs: 0,
    });
    // PostgreSQL refuses NUL in text: it must never reach a query.
    expect(await checkCredentials("a\u0000b@example.test", "nope", { address: from })).toEqual({
      ok: false,
      retryAfterMs: 0,
    });
  });

  it("compares against a dummy hash for an unknown email, exactly once, as for a real account", async () => {
    const org = await makeOrg();
    const user = await makeUser(org.id, { email: `${uniq("dummy")}@example.test`, password: "right" });
    const compare = vi.spyOn(bcrypt, "compare");
    await checkCredentials(`${uniq("nobody")}@example.test`, "guess", { address: address() });
    expect(compare).toHaveBeenCalledTimes(1);
    expect(compare.mock.calls[0][1]).toBe(dummyHash());
    compare.mockClear();
    await checkCredentials(user.email, "guess", { address: address() });
    expect(compare).toHaveBeenCalledTimes(1);
    expect(compare.mock.calls[0][1]).toBe(user.passwordHash);
  });

  // The time itself is measured by bench/signin-timing.ts: what makes the two cases take as long is
  // that both pay one comparison against a hash of the same cost.
  it("compares an unknown email against a hash as costly as a real account's", async () => {
    const org = await makeOrg();
    const user = await makeUser(org.id, { email: `${uniq("cost")}@example.test`, password: "right" });
    expect(bcrypt.getRounds(dummyHash())).toBe(bcrypt.getRounds(user.passwordHash!));
    expect(dummyHash()).toMatch(/^\$2[aby]\$/);
    expect(dummyHash().slice(0, 4)).toBe(user.passwordHash!.slice(0, 4));
  });

  it("slows repeated misses from one address for one account, without locking the account elsewhere", async () => {
    const org = await makeOrg();
    const user = await makeUser(org.id, { email: `${uniq("slow")}@example.test`, password: "right" });
    const attacker = address();
    const t0 = new Date();
    for (let i = 0; i < FREE_FAILURES - 1; i++)
      expect(await checkCredentials(user.email, "x", { address: attacker, now: t0 })).toEqual({
        ok: false,
        retryAfterMs: 0,
      });
    expect(await checkCredentials(user.email, "x", { address: attacker, now: t0 })).toEqual({
      ok: false,
      retryAfterMs: BASE_DELAY_MS,
    });
    // Within the delay even the right password waits; the refusal looks like any other.
    const soon = new Date(t0.getTime() + 500);
    expect(await checkCredentials(user.email, "right", { address: attacker, now: soon })).toMatchObject({ ok: false });
    // The owner, from their own address, is not locked out.
    expect((await checkCredentials(user.email, "right", { address: address(), now: soon })).ok).toBe(true);
    // Another miss doubles the wait; after it, the right password works again from the same address.
    const later = new Date(t0.getTime() + BASE_DELAY_MS);
    expect(await checkCredentials(user.email, "x", { address: attacker, now: later })).toEqual({
      ok: false,
      retryAfterMs: 2 * BASE_DELAY_MS,
    });
    const after = new Date(later.getTime() + 2 * BASE_DELAY_MS);
    expect((await checkCredentials(user.email, "right", { address: attacker, now: after })).ok).toBe(true);
  });

  it("grows the delay and caps it", () => {
    expect(delayAfter(FREE_FAILURES - 1)).toBe(0);
    expect(delayAfter(FREE_FAILURES + 3)).toBe(8 * BASE_DELAY_MS);
    expect(delayAfter(1000)).toBe(15 * 60_000);
  });
});
