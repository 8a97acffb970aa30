// Fast-path handlers for the customer-facing pages (listed in lib/http/fast-routes.ts):
//   GET|HEAD /s/<code>   the survey page, localised, 200 / 404 (unknown) / 410 (expired)
//   POST     /s/<code>   the no-JavaScript form post, answered with a server-rendered page
//   /survey.js, /kiosk.js, /sw.js and the kiosk (lib/offline/kiosk-http.ts)
// Next never sees these requests, so the page costs one small HTML response (its script inline).
import type { IncomingMessage, ServerResponse } from "node:http";
import type { FastHandler } from "../http/fast-routes";
import type { Limits } from "../http/limits";
import { assetUrl, inlineScript } from "../offline/assets";
import { surveyCsp } from "../http/security-headers";
import { answerSurvey, showSurvey, type PageResult } from "./answer-form";
import { renderSurveyPage } from "./render";
import { readBody, sendHtml } from "./send";
import { negotiateLocale } from "./i18n";
import { clientAddressOf } from "../http/client-address";

const SURVEY_PATH = /^\/s\/([^/]+)\/?$/;
// A 2,000-character comment in a three-byte script is 18 KB once form-encoded.
const FORM_LIMIT = 32 * 1024;

// The form carries its script inline: on a slow network a second request for it costs a round
// trip before the form works. Its CSP then allows exactly those bytes by their hash.
function render(req: IncomingMessage, res: ServerResponse, page: PageResult) {
  const inline = page.view.kind === "form" ? inlineScript("survey.js") : undefined;
  if (!inline) {
    const src = assetUrl("survey.js");
    sendHtml(req, res, page.status, renderSurveyPage(page.view, page.locale, src ? { src } : undefined));
    return;
  }
  sendHtml(req, res, page.status, renderSurveyPage(page.view, page.locale, { inline: inline.source }), {
    "content-security-policy": surveyCsp([inline.sha256]),
  });
}

/** The survey page; `limits` are the ingest limits a no-JavaScript answer spends (false: none). */
export const surveyHandler =
  (limits: Limits | false): FastHandler =>
  (req, res, url) =>
    serveSurvey(req, res, url, limits);

async function serveSurvey(req: IncomingMessage, res: ServerResponse, url: URL, limits: Limits | false) {
  const match = SURVEY_PATH.exec(url.pathname);
  if (!match) return false;
  let code: string;
  try {
    code = decodeURIComponent(match[1]);
  } catch {
    code = "";
  }
  const acceptLanguage = req.headers["accept-language"];
  try {
    if (req.method === "GET" || req.method === "HEAD") {
      render(req, res, await showSurvey(code, { lang: url.searchParams.get("lang"), acceptLanguage }));
    } else if (req.method === "POST") {
      const body = await readBody(req, FORM_LIMIT);
      if (!body) {
        res.setHeader("connection", "close");
        render(req, res, { status: 413, view: { kind: "error", code }, locale: negotiateLocale({ acceptLanguage }) });
        return true;
      }
      const form = new URLSearchParams(body.toString("utf8"));
      render(req, res, await answerSurvey(code, form, { acceptLanguage, ip: clientAddressOf(req), limits }));
    } else {
      res.writeHead(405, { allow: "GET, HEAD, POST" }).end();
    }
  } catch (error) {
    // Never an error dump: log it, show the friendly page.
    console.error("survey page failed", error);
    if (!res.headersSent)
      render(req, res, { status: 500, view: { kind: "error", code }, locale: negotiateLocale({ acceptLanguage }) });
    else res.end();
  }
  return true;
}
