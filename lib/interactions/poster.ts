// Static touchpoint QR codes. A poster encodes /t/<org-slug>/<touchpoint-slug>; each scan mints
// a fresh interaction credited by the touchpoint's attribution rules and sends the phone on to
// /s/<code>. Minting is rate-limited per address and per touchpoint so a script cannot mint millions.
import { base62 } from "../auth/api-key";
import { db } from "../db";
import type { ApiRequest, ApiResult } from "../http/api-request";
import { internalError } from "../http/json-body";
import type { Limits } from "../http/limits";
import { chrome, negotiateLocale } from "../surveys/i18n";
import { findByRef, insertInteraction, isUniqueViolation } from "./create";
import { HOST_VARY, publicOrigin } from "../http/public-url";
import { qrPng, qrSvg } from "./qr";
import { SLUG_RE } from "../validation";

async function findPosterTouchpoint(orgSlug: string, touchpointSlug: string) {
  if (!SLUG_RE.test(orgSlug) || !SLUG_RE.test(touchpointSlug)) return null;
  const tp = await db.touchpoint.findFirst({
    where: { slug: touchpointSlug, active: true, org: { slug: orgSlug } },
    select: { id: true, orgId: true, slug: true },
  });
  return tp;
}

export async function handlePosterScan(
  req: ApiRequest,
  orgSlug: string,
  touchpointSlug: string,
  limits: Limits | false,
): Promise<ApiResult> {
  const locale = negotiateLocale({ acceptLanguage: req.header("accept-language") });
  const t = chrome(locale);
  const page = (status: number, title: string, body: string, headers: Record<string, string> = {}) =>
    htmlPage(locale, status, title, body, headers);
  // A HEAD (link checkers, previews) must not mint an interaction.
  if (req.method === "HEAD") return { status: 200, raw: "", headers: { "content-type": "text/html; charset=utf-8" } };
  try {
    const ipTake = limits ? await limits.posterIp.take(req.ip) : { ok: true as const };
    if (!ipTake.ok) return page(429, t.errorTitle, t.errorBody, { "retry-after": String(ipTake.retryAfterSec) });
    const tp = await findPosterTouchpoint(orgSlug, touchpointSlug);
    if (!tp) return page(404, t.unknownTitle, t.unknownBody);
    const tpTake = limits ? await limits.posterTouchpoint.take(tp.id) : { ok: true as const };
    if (!tpTake.ok) return page(429, t.errorTitle, t.errorBody, { "retry-after": String(tpTake.retryAfterSec) });

    const ref = `poster-${base62(16)}`;
    let row;
    try {
      row = await insertInteraction(
        db,
        tp.orgId,
        { ref, touchpoint: tp.slug, tags: [], contributors: [] },
        { source: "poster" },
      );
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      row = await findByRef(db, tp.orgId, ref); // only a survey-code collision could land here
      if (!row) throw error;
    }
    return { status: 303, headers: { location: `/s/${row.code}`, "cache-control": "no-store" }, raw: "" };
  } catch (error) {
    const r = internalError(`GET /t/${orgSlug}/${touchpointSlug}`, error);
    return page(r.status, t.errorTitle, t.errorBody);
  }
}

/** The poster image: a QR of the poster link, as SVG or PNG (for print). */
export async function handlePosterQr(
  req: ApiRequest,
  orgSlug: string,
  touchpointSlug: string,
  format: "svg" | "png",
): Promise<ApiResult> {
  try {
    const tp = await findPosterTouchpoint(orgSlug, touchpointSlug);
    if (!tp) return { status: 404, body: { error: "no active touchpoint with this address" } };
    const { origin, hostDependent } = publicOrigin({ get: (n: string) => req.header(n) ?? null });
    return qrResult(`${origin}/t/${orgSlug}/${touchpointSlug}`, format, hostDependent);
  } catch (error) {
    return internalError(`GET /t/${orgSlug}/${touchpointSlug}/qr.${format}`, error);
  }
}

/**
 * A QR image of `link`. When the link's origin depends on the request's host headers, the image
 * may be kept by the browser but not by shared caches, and says which headers it varies on.
 */
export async function qrResult(link: string, format: "svg" | "png", hostDependent: boolean): Promise<ApiResult> {
  const caching: Record<string, string> = hostDependent
    ? { "cache-control": "private, max-age=3600", vary: HOST_VARY }
    : { "cache-control": "public, max-age=3600" };
  return format === "svg"
    ? {
        status: 200,
        raw: await qrSvg(link),
        headers: { "content-type": "image/svg+xml; charset=utf-8", ...caching },
      }
    : { status: 200, raw: await qrPng(link), headers: { "content-type": "image/png", ...caching } };
}

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function htmlPage(
  lang: string,
  status: number,
  title: string,
  body: string,
  headers: Record<string, string>,
): ApiResult {
  const html = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escape(title)}</title><style>body{font:1.1rem/1.5 system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem}</style></head><body><main><h1>${escape(title)}</h1><p>${escape(body)}</p></main></body></html>`;
  return { status, raw: html, headers: { "content-type": "text/html; charset=utf-8", ...headers } };
}
