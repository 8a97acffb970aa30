// The signature on every delivery (docs/events.md): Ensemble-Signature: t=<unix seconds>,v1=<hex
// HMAC-SHA256(secret, "<t>.<raw body>")>. The time is inside the signed text, so a receiver can
// refuse an old delivery replayed later.
import { createHmac, randomBytes } from "node:crypto";

export function signature(secret: string, body: string, at = new Date()): string {
  const t = Math.floor(at.getTime() / 1000);
  const v1 = createHmac("sha256", secret).update(`${t}.${body}`).digest("hex");
  return `t=${t},v1=${v1}`;
}

/** A new signing secret: "whsec_" and 48 hex digits. */
export function newSecret(): string {
  return `whsec_${randomBytes(24).toString("hex")}`;
}
