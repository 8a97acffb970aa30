// A JSON 405 for every API path asked with a method it does not take, as docs/api.md promises
// (`{"error": …}` with an Allow header), instead of the framework's empty 405. The table is read
// from the route files under app/api once, so a new endpoint is covered without being listed here.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { sendNode } from "./api-request";
import type { FastHandler } from "./fast-routes";

const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;
export type ApiEndpoint = { path: string; pattern: RegExp; methods: string[] };

/** The route files under `apiDir` (app/api) with the methods each exports. */
export function apiEndpoints(apiDir = join(process.cwd(), "app", "api")): ApiEndpoint[] {
  const out: ApiEndpoint[] = [];
  const walk = (dir: string, segments: string[]) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return; // no app/api next to the process: nothing to answer for
    }
    for (const e of entries) {
      if (e.isDirectory()) walk(join(dir, e.name), [...segments, e.name]);
      else if (e.name === "route.ts" || e.name === "route.js") {
        const source = readFileSync(join(dir, e.name), "utf8");
        const methods = METHODS.filter((m) =>
          new RegExp(`export\\s+(async\\s+)?(function|const)\\s+${m}\\b|\\bas\\s+${m}\\b`).test(source),
        );
        if (methods.includes("GET") && !methods.includes("HEAD")) methods.push("HEAD");
        const path = "/api/" + segments.join("/");
        const pattern = segments
          .map((s) =>
            s.startsWith("[...") ? ".+" : s.startsWith("[") ? "[^/]+" : s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"),
          )
          .join("/");
        out.push({ path, pattern: new RegExp(`^/api/${pattern}/?$`), methods: [...methods] });
      }
    }
  };
  walk(apiDir, []);
  return out;
}

/** Answers 405 for a known API path asked with another method; anything else falls through. */
export function methodNotAllowedHandler(endpoints: ApiEndpoint[] = apiEndpoints()): FastHandler {
  return (req, res, url) => {
    if (!url.pathname.startsWith("/api/")) return false;
    const endpoint = endpoints.find((e) => e.pattern.test(url.pathname));
    const method = req.method ?? "GET";
    if (!endpoint || endpoint.methods.length === 0 || endpoint.methods.includes(method)) return false;
    const allow = endpoint.methods.join(", ");
    sendNode(res, {
      status: 405,
      headers: { allow },
      body: { error: `method: ${method} is not allowed on ${endpoint.path} (allowed: ${allow})`, field: "method" },
    });
    return true;
  };
}
