// GET /survey.js, /kiosk.js, /sw-register.js, /sw.js and /offline.html from the fast path
// (see lib/offline/assets.ts).
import type { IncomingMessage, ServerResponse } from "node:http";
import { pickEncoding } from "../surveys/send";
import { CLIENT_ASSETS, loadAsset, type ClientAsset } from "./assets";

export function assetsHandler(req: IncomingMessage, res: ServerResponse, url: URL): boolean {
  const name = url.pathname.slice(1) as ClientAsset;
  if (!CLIENT_ASSETS.includes(name) || (req.method !== "GET" && req.method !== "HEAD")) return false;
  const asset = loadAsset(name);
  if (!asset) return false;
  const encoding = pickEncoding(req.headers["accept-encoding"]);
  const body = encoding === "br" ? asset.br : encoding === "gzip" ? asset.gz : asset.raw;
  const headers: Record<string, string> = {
    "content-type": name.endsWith(".html") ? "text/html; charset=utf-8" : "text/javascript; charset=utf-8",
    "content-length": String(body.length),
    vary: "Accept-Encoding",
    "x-content-type-options": "nosniff",
    etag: `"${asset.hash}-${encoding}"`,
  };
  if (encoding !== "identity") headers["content-encoding"] = encoding;
  if (name === "sw.js" || name === "offline.html") {
    headers["cache-control"] = "no-cache";
    if (name === "sw.js") headers["service-worker-allowed"] = "/";
  } else {
    headers["cache-control"] =
      url.searchParams.get("v") === asset.hash ? "public, max-age=31536000, immutable" : "public, no-cache";
  }
  if (req.headers["if-none-match"] === headers.etag) {
    res
      .writeHead(304, { etag: headers.etag, "cache-control": headers["cache-control"], vary: "Accept-Encoding" })
      .end();
    return true;
  }
  res.writeHead(200, headers);
  res.end(req.method === "HEAD" ? undefined : body);
  return true;
}
