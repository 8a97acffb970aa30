// Where an answer came from, kept only to spot gaming (docs/trust.md "Gaming signals"): a kiosk
// answer names its kiosk key (the device), any other answer a keyed hash of the client address.
// The raw address is never stored: the hash is an HMAC with the server's secret and the
// organisation's id, so it cannot be reversed by hashing every IPv4 address, and the same phone
// reads differently in two organisations.
import { createHmac, createSecretKey, type KeyObject } from "node:crypto";

export type Origin = `kiosk:${string}` | `addr:${string}`;

// Read once: reading the environment costs more than the hash on ingest's hot path. The server
// settles NEXTAUTH_SECRET before it takes requests (lib/auth/secret.ts); until one is set, the
// fallback is used and the environment asked again next time.
let key: KeyObject | undefined;
function secretKey(): KeyObject | string {
  if (key) return key;
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret) return "ensemble-origin";
  return (key = createSecretKey(Buffer.from(secret, "utf8")));
}

export function addressOrigin(orgId: string, address: string): Origin {
  const digest = createHmac("sha256", secretKey()).update(`${orgId}|${address}`).digest("hex");
  return `addr:${digest.slice(0, 20)}`;
}

export function kioskOrigin(keyId: string): Origin {
  return `kiosk:${keyId}`;
}

/** The origin ingest stores: the kiosk key when there is one, else the address when it is known. */
export function originOf(orgId: string, ctx: { ip?: string; kioskKeyId?: string | null }): Origin | null {
  if (ctx.kioskKeyId) return kioskOrigin(ctx.kioskKeyId);
  if (ctx.ip && ctx.ip !== "unknown") return addressOrigin(orgId, ctx.ip);
  return null;
}
