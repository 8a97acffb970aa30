// API keys (for the POS and other systems) and kiosk device keys (one touchpoint each).
// The key itself is shown once at creation; only its hash and first characters are stored.
import { db } from "../db";
import type { Actor } from "../auth/authorize";
import { createApiKey } from "../auth/api-key";
import { assertAdmin, guarded, ok, parseOr } from "./result";
import { notFound, touchpointInOrg } from "./scope";
import { keySchema } from "./key-schema";

export { kioskUrl } from "../offline/kiosk-link";

export async function listKeys(actor: Actor) {
  assertAdmin(actor);
  return db.apiKey.findMany({
    where: { orgId: actor.orgId },
    select: {
      id: true,
      name: true,
      prefix: true,
      scope: true,
      createdAt: true,
      lastUsedAt: true,
      revokedAt: true,
      touchpoint: { select: { name: true } },
    },
    orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
  });
}

export function createKey(actor: Actor, input: unknown) {
  return guarded(async () => {
    assertAdmin(actor);
    const parsed = parseOr(keySchema, input);
    if ("failure" in parsed) return parsed.failure;
    const { name, scope } = parsed.data;
    const touchpointId =
      scope === "kiosk" ? ((await touchpointInOrg(actor.orgId, parsed.data.touchpointId)) ?? undefined) : undefined;
    const { id, key } = await createApiKey(actor.orgId, { name, scope, touchpointId });
    return ok({ id, key, scope });
  });
}

export function revokeKey(actor: Actor, id: string) {
  return guarded(async () => {
    assertAdmin(actor);
    const { count } = await db.apiKey.updateMany({
      where: { id, orgId: actor.orgId, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (count === 0) notFound("active key");
    return ok(undefined, "Key revoked. Requests with it are refused from now on.");
  });
}
