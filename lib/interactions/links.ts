// Absolute URLs for links handed to callers (a POS prints them, a phone scans them).
// PUBLIC_BASE_URL wins, so a deployment behind a proxy hands out its public address; otherwise
// the request's own host is used, which is right for a single box and for tests.
type HeaderSource = { get(name: string): string | null } | Record<string, string | string[] | undefined>;

function header(h: HeaderSource, name: string): string | undefined {
  if (typeof (h as { get?: unknown }).get === "function")
    return (h as { get(n: string): string | null }).get(name) ?? undefined;
  const v = (h as Record<string, string | string[] | undefined>)[name];
  return Array.isArray(v) ? v[0] : v;
}

export function baseUrlFrom(headers: HeaderSource): string {
  const configured = process.env.PUBLIC_BASE_URL?.trim();
  if (configured) return configured.replace(/\/+$/, "");
  const host = header(headers, "x-forwarded-host")?.split(",")[0].trim() || header(headers, "host") || "localhost";
  const proto = header(headers, "x-forwarded-proto")?.split(",")[0].trim() || "http";
  return `${proto === "https" ? "https" : "http"}://${host}`;
}

export function surveyUrl(base: string, code: string) {
  return `${base}/s/${code}`;
}

/** The public QR image of a survey link; it encodes the link itself (see lib/interactions/qr.ts). */
export function surveyQrSvgUrl(base: string, code: string) {
  return `${base}/s/${code}/qr.svg`;
}
