// The security headers every response carries, in one place: the Next pages get a per-request
// nonce from proxy.ts; the fast-path pages allow 'self', and the survey form its one inline script by
// the SHA-256 of its bytes (lib/surveys/http.ts).
// Nothing of Ensemble is meant to be framed by another site.

/** Sent on every response, page or API. */
export const BASE_SECURITY_HEADERS: Record<string, string> = {
  "x-content-type-options": "nosniff",
  "referrer-policy": "strict-origin-when-cross-origin",
  "x-frame-options": "DENY",
  "cross-origin-opener-policy": "same-origin",
  "permissions-policy": "camera=(), microphone=(), geolocation=(), payment=()",
};

/** HSTS only where the app is reached over HTTPS (a browser ignores it on plain HTTP anyway). */
export function transportHeaders(https: boolean): Record<string, string> {
  return https ? { "strict-transport-security": "max-age=31536000; includeSubDomains" } : {};
}

const common = [
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
];

/**
 * The staff and admin app (Next). Next puts the nonce on its own inline scripts when it finds it in
 * the request's CSP header; styles stay 'unsafe-inline' because React writes style attributes, which
 * no nonce can cover. Development adds 'unsafe-eval' for React's refresh runtime.
 */
export function appCsp(nonce: string, dev = false): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "base-uri 'self'",
    ...common,
  ].join("; ");
}

/**
 * The customer's survey page, the kiosk and everything else on the fast path. `scriptHashes` are
 * base64 SHA-256 digests of inline scripts the page carries, if any.
 */
export function surveyCsp(scriptHashes: string[] = []): string {
  return [
    "default-src 'none'",
    `script-src 'self'${scriptHashes.map((h) => ` 'sha256-${h}'`).join("")}`,
    "style-src 'unsafe-inline'",
    "base-uri 'none'",
    ...common,
  ].join("; ");
}

/** A fresh, unguessable nonce (128 bits, base64). */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
