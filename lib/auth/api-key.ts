// API keys: "ens_" + 32 random base62 characters. Only a SHA-256 hash is stored.
import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { db } from "../db";

export type KeyScope = "api" | "kiosk";
export type KeyPrincipal = { keyId: string; orgId: string; scope: KeyScope; touchpointId: string | null };

const BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

export function base62(bytes: number) {
  // Rejection sampling keeps every character equally likely.
  let out = "";
  while (out.length < bytes) {
    for (const b of randomBytes(bytes * 2)) if (b < 248 && out.length < bytes) out += BASE62[b % 62];
  }
  return out;
}

export function hashKey(key: string) {
  return createHash("sha256").update(key).digest("hex");
}

export async function createApiKey(
  orgId: string,
  opts: { name?: string; scope?: KeyScope; touchpointId?: string } = {},
) {
  const key = `ens_${base62(32)}`;
  const row = await db.apiKey.create({
    data: {
      orgId,
      name: opts.name ?? "API key",
      prefix: key.slice(0, 8),
      hash: hashKey(key),
      scope: opts.scope ?? "api",
      touchpointId: opts.touchpointId,
    },
    select: { id: true },
  });
  return { id: row.id, key };
}

/** Reads `Authorization: Bearer <key>`; null when missing, unknown, revoked or of another scope. */
export async function authenticateApiKey(
  header: string | null | undefined,
  scope: KeyScope = "api",
): Promise<KeyPrincipal | null> {
  const match = /^Bearer\s+(ens_[0-9A-Za-z]{32})\s*$/.exec(header ?? "");
  if (!match) return null;
  const row = await db.apiKey.findUnique({
    where: { hash: hashKey(match[1]) },
    select: { id: true, orgId: true, scope: true, touchpointId: true, revokedAt: true },
  });
  if (!row || row.revokedAt || row.scope !== scope) return null;
  return { keyId: row.id, orgId: row.orgId, scope: row.scope as KeyScope, touchpointId: row.touchpointId };
}
