// Absolute URLs for links handed to callers (a POS prints them, a phone scans them). The origin
// comes from lib/http/public-url.ts (PUBLIC_BASE_URL, allowed hosts, trusted proxies).
import { publicBaseUrl } from "../http/public-url";

/** The origin to build links on for a request with these headers. */
export const baseUrlFrom = publicBaseUrl;

export function surveyUrl(base: string, code: string) {
  return `${base}/s/${code}`;
}

/** The public QR image of a survey link; it encodes the link itself (see lib/interactions/qr.ts). */
export function surveyQrSvgUrl(base: string, code: string) {
  return `${base}/s/${code}/qr.svg`;
}
