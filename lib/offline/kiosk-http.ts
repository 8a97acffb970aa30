// The kiosk, from the fast path:
//   GET /kiosk          the shell page (the device key stays in the URL fragment and
//                       localStorage, so it never reaches a server log)
//   GET /kiosk/manifest.webmanifest  the kiosk's installable app (starts on /kiosk)
//   GET /kiosk/survey   with `Authorization: Bearer <kiosk key>`: the touchpoint's survey,
//                       rendered once per locale, which the tablet keeps for offline use
import type { IncomingMessage, ServerResponse } from "node:http";
import { renderToStaticMarkup } from "react-dom/server";
import { createElement } from "react";
import { KioskForm, KioskPage } from "@/components/survey/kiosk-page";
import { authenticateApiKey } from "../auth/api-key";
import { db } from "../db";
import { chrome, LOCALES, negotiateLocale, isLocale, type Locale } from "../surveys/i18n";
import { currentTemplate } from "../surveys/lookup";
import { send, sendHtml } from "../surveys/send";
import { assetUrl } from "./assets";
import { KIOSK_MANIFEST_PATH, kioskManifest } from "./kiosk-manifest";

export async function kioskHandler(req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> {
  const p = url.pathname;
  if (p !== "/kiosk" && p !== "/kiosk/" && p !== "/kiosk/survey" && p !== KIOSK_MANIFEST_PATH) return false;
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.writeHead(405, { allow: "GET, HEAD" }).end();
    return true;
  }
  if (url.pathname === "/kiosk/survey") return kioskSurvey(req, res);
  const locale = negotiateLocale({
    override: url.searchParams.get("lang"),
    acceptLanguage: req.headers["accept-language"],
  });
  if (p === KIOSK_MANIFEST_PATH) {
    send(req, res, 200, JSON.stringify(kioskManifest(locale)), {
      "content-type": "application/manifest+json",
      "cache-control": "public, max-age=3600",
    });
    return true;
  }
  const html =
    "<!doctype html>" + renderToStaticMarkup(createElement(KioskPage, { locale, script: assetUrl("kiosk.js") }));
  sendHtml(req, res, 200, html);
  return true;
}

export type KioskSurvey = {
  orgName: string;
  touchpoint: string;
  touchpointName: string;
  defaultLocale: Locale;
  forms: Record<Locale, string>;
  /** the words the script itself shows (pending badge, bad key) per locale */
  chrome: Record<Locale, { pending: string; allSent: string; badKey: string; title: string }>;
};

async function kioskSurvey(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  const json = (status: number, body: unknown) =>
    send(req, res, status, JSON.stringify(body), { "content-type": "application/json", "cache-control": "no-store" });
  const key = await authenticateApiKey(req.headers.authorization, "kiosk");
  if (!key) return (json(401, { error: "authorization: needs a valid, unrevoked kiosk key (Bearer ens_…)" }), true);
  const tp = key.touchpointId
    ? await db.touchpoint.findFirst({
        where: { id: key.touchpointId, orgId: key.orgId, active: true },
        select: { slug: true, name: true, templateId: true, org: { select: { name: true, defaultLocale: true } } },
      })
    : null;
  if (!tp)
    return (
      json(409, { error: "touchpoint: this kiosk key has no active touchpoint; create a kiosk key for one" }),
      true
    );
  const template = await currentTemplate(key.orgId, tp.templateId);
  const forms = {} as Record<Locale, string>;
  const words = {} as KioskSurvey["chrome"];
  for (const l of LOCALES) {
    forms[l] = renderToStaticMarkup(createElement(KioskForm, { template, locale: l }));
    const t = chrome(l);
    words[l] = { pending: t.kioskPending, allSent: t.kioskAllSent, badKey: t.kioskBadKey, title: t.kioskTitle };
  }
  const body: KioskSurvey = {
    orgName: tp.org.name,
    touchpoint: tp.slug,
    touchpointName: tp.name,
    defaultLocale: isLocale(tp.org.defaultLocale) ? tp.org.defaultLocale : "en",
    forms,
    chrome: words,
  };
  json(200, body);
  return true;
}
