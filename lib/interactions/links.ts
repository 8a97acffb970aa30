// Absolute URLs for links handed to callers (a POS prints them, a phone scans them). The origin
// comes from lib/http/public-url.ts (PUBLIC_BASE_URL, allowed hosts, trusted proxies).
import { publicBaseUrl } from "../http/public-url";

/** The origin to build links on for a request with these headers. */
export const baseUrlFrom = publicBaseUrl;

/**
 * Whether links built on `base` only open on this machine (localhost, 127.x, ::1, 0.0.0.0): then QR
 * codes, posters and kiosk links would not work on a customer's phone, and admins are told so.
 */
export function isLocalBaseUrl(base: string): boolean {
  let host: string;
  try {
    host = new URL(base).hostname.toLowerCase();
  } catch {
    return true;
  }
  return (
    host === "localhost" ||
    host.endsWith(".localhost") ||
    host === "[::1]" ||
    host === "0.0.0.0" ||
    /^127\.\d+\.\d+\.\d+$/.test(host)
  );
}

export function surveyUrl(base: string, code: string) {
  return `${base}/s/${code}`;
}

/** The public QR image of a survey link; it encodes the link itself (see lib/interactions/qr.ts). */
export function surveyQrSvgUrl(base: string, code: string) {
  return `${base}/s/${code}/qr.svg`;
}
