// Methods the app answers at all. TRACE, CONNECT and WebDAV verbs get a 405 here, before any route:
// Next would turn them into a 500.
import type { IncomingMessage, ServerResponse } from "node:http";

export const KNOWN_METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);

/** Answers 405 and returns true for a method nothing here serves. */
export function refuseUnknownMethod(req: IncomingMessage, res: ServerResponse): boolean {
  if (KNOWN_METHODS.has(req.method ?? "")) return false;
  res.writeHead(405, { allow: [...KNOWN_METHODS].join(", "), "content-type": "application/json" });
  res.end(JSON.stringify({ error: `method: ${req.method} is not allowed here` }));
  return true;
}
