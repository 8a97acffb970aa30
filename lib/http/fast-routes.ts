// The fast-path route table: every hot public endpoint server.ts answers before Next sees the
// request (the framework costs ~20x on this path, docs/architecture.md "The server"), listed here in the
// order they are tried. Each handler returns true when it answered.
import type { IncomingMessage, ServerResponse } from "node:http";
import { assetsHandler } from "../offline/assets-http";
import { kioskHandler } from "../offline/kiosk-http";
import type { IngestHttpOptions } from "../responses/api";
import { surveyHandler } from "../surveys/http";
import { ensembleRoutes, fastHandlerFor } from "./ensemble-routes";
import { methodNotAllowedHandler } from "./method-not-allowed";

export type FastHandler = (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<boolean> | boolean;

/** The fast-path handlers, with the process's rate limits (`limits: false` turns them off). */
export function fastHandlers(opts: IngestHttpOptions): FastHandler[] {
  return [
    fastHandlerFor(ensembleRoutes(opts)), // answer ingest, interactions, survey QR, poster scans and QR
    surveyHandler(opts.limits), // GET /s/<code> and the no-JavaScript form post
    assetsHandler, // /survey.js, /kiosk.js, /sw.js
    kioskHandler, // the kiosk page
    methodNotAllowedHandler(), // a JSON 405 for any API path asked with a method it does not take
  ];
}
