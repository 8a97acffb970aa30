// One request shape for the fast path (node:http, server.ts) and for Next route handlers, so
// every endpoint's logic is written once in lib/ and both doors call it.
import type { IncomingMessage, ServerResponse } from "node:http";
import { clientAddressFromHeaders, clientAddressOf } from "./client-address";

export type BodyRead = { ok: true; text: string } | { ok: false; reason: "too-large" | "aborted" };

export type ApiRequest = {
  method: string;
  header(name: string): string | undefined;
  /** The client's address as lib/http/client-address.ts decides it (TRUST_PROXY). */
  ip: string;
  readBody(limitBytes: number): Promise<BodyRead>;
};

export type ApiResult = { status: number; body?: unknown; headers?: Record<string, string>; raw?: string | Buffer };

/** `hops`: TRUST_PROXY as the server read it at start (the fast path does not read the environment per request). */
export function fromNode(req: IncomingMessage, hops?: number): ApiRequest {
  return {
    method: req.method ?? "GET",
    header: (name) => {
      const v = req.headers[name.toLowerCase()];
      return Array.isArray(v) ? v[0] : v;
    },
    ip: clientAddressOf(req, hops),
    readBody: (limit) => readNodeBody(req, limit),
  };
}

export function fromWeb(request: Request): ApiRequest {
  return {
    method: request.method,
    header: (name) => request.headers.get(name) ?? undefined,
    ip: clientAddressFromHeaders(request.headers),
    readBody: (limit) => readWebBody(request, limit),
  };
}

/**
 * Reads at most `limit` bytes. A body declared or found larger is refused; up to 8× the limit is
 * drained so the client can read the 413, anything beyond that is cut off.
 */
function readNodeBody(req: IncomingMessage, limit: number): Promise<BodyRead> {
  return new Promise((resolve) => {
    const declared = Number(req.headers["content-length"] ?? NaN);
    const hardCap = limit * 8;
    if (declared > hardCap) {
      req.resume();
      return resolve({ ok: false, reason: "too-large" });
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
      else if (size > hardCap) req.destroy();
    });
    req.on("end", () =>
      resolve(
        size > limit ? { ok: false, reason: "too-large" } : { ok: true, text: Buffer.concat(chunks).toString("utf8") },
      ),
    );
    req.on("error", () => resolve({ ok: false, reason: size > limit ? "too-large" : "aborted" }));
    req.on("close", () => {
      if (!req.complete) resolve({ ok: false, reason: size > limit ? "too-large" : "aborted" });
    });
  });
}

async function readWebBody(request: Request, limit: number): Promise<BodyRead> {
  const declared = Number(request.headers.get("content-length") ?? NaN);
  if (declared > limit) return { ok: false, reason: "too-large" };
  if (!request.body) return { ok: true, text: "" };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        await reader.cancel().catch(() => undefined);
        return { ok: false, reason: "too-large" };
      }
      chunks.push(value);
    }
  } catch {
    return { ok: false, reason: "aborted" };
  }
  return { ok: true, text: Buffer.concat(chunks).toString("utf8") };
}

export function sendNode(res: ServerResponse, result: ApiResult) {
  const headers: Record<string, string> = { "cache-control": "no-store", ...result.headers };
  let payload: string | Buffer = "";
  if (result.raw !== undefined) payload = result.raw;
  else if (result.body !== undefined) {
    payload = JSON.stringify(result.body);
    headers["content-type"] ??= "application/json; charset=utf-8";
  }
  headers["content-length"] = String(Buffer.byteLength(payload));
  res.writeHead(result.status, headers);
  res.end(payload);
}

export function toWebResponse(result: ApiResult): Response {
  const headers = new Headers({ "cache-control": "no-store", ...result.headers });
  if (result.raw !== undefined)
    return new Response(typeof result.raw === "string" ? result.raw : new Uint8Array(result.raw), {
      status: result.status,
      headers,
    });
  if (result.body === undefined) return new Response(null, { status: result.status, headers });
  if (!headers.has("content-type")) headers.set("content-type", "application/json; charset=utf-8");
  return new Response(JSON.stringify(result.body), { status: result.status, headers });
}
