// The API's fast-path endpoints, answered by server.ts before Next sees the request
// (the framework costs ~20x on this path, docs/architecture.md "The server"). The same lib functions back the Next
// route files, so plain `next dev` serves identical contracts.
import type { IncomingMessage, ServerResponse } from "node:http";
import { handleCreateInteraction } from "../interactions/api";
import { handlePosterQr, handlePosterScan } from "../interactions/poster";
import { handleSurveyQr } from "../interactions/survey-qr";
import { handleIngestBatch, handleIngestOne, type IngestHttpOptions } from "../responses/api";
import { fromNode, sendNode, type ApiRequest, type ApiResult } from "./api-request";
import { trustedProxyHops } from "./client-address";
import type { FastHandler } from "./fast-routes";
import { SLUG_PATTERN } from "../validation";

type Route = { method: string; pattern: RegExp; run: (req: ApiRequest, m: RegExpMatchArray) => Promise<ApiResult> };

const SLUG = `(${SLUG_PATTERN})`;

export function ensembleRoutes(opts: IngestHttpOptions): Route[] {
  return [
    { method: "POST", pattern: /^\/api\/v1\/responses\/?$/, run: (req) => handleIngestOne(req, opts) },
    { method: "POST", pattern: /^\/api\/v1\/responses\/batch\/?$/, run: (req) => handleIngestBatch(req, opts) },
    { method: "POST", pattern: /^\/api\/v1\/interactions\/?$/, run: (req) => handleCreateInteraction(req) },
    { method: "GET", pattern: /^\/s\/([0-9A-Za-z]{22})\/qr\.svg$/, run: (req, m) => handleSurveyQr(req, m[1]) },
    {
      method: "GET",
      pattern: new RegExp(`^/t/${SLUG}/${SLUG}/?$`),
      run: (req, m) => handlePosterScan(req, m[1], m[2], opts.limits),
    },
    {
      method: "GET",
      pattern: new RegExp(`^/t/${SLUG}/${SLUG}/qr\\.(svg|png)$`),
      run: (req, m) => handlePosterQr(req, m[1], m[2], m[3] as "svg" | "png"),
    },
  ];
}

/** A FastHandler serving `routes`; anything else falls through (returns false). */
export function fastHandlerFor(routes: Route[]): FastHandler {
  const hops = trustedProxyHops(); // checked at start (server.ts)
  return async (req: IncomingMessage, res: ServerResponse, url: URL) => {
    for (const route of routes) {
      const m = url.pathname.match(route.pattern);
      if (!m) continue;
      if (req.method !== route.method && !(route.method === "GET" && req.method === "HEAD")) return false; // Next answers 405s
      sendNode(res, await route.run(fromNode(req, hops), m));
      return true;
    }
    return false;
  };
}
