// HTTP for ingest, shared by the fast path (lib/http/ensemble-routes.ts) and the Next route files.
//   POST /api/v1/responses        one answer   → 201 stored | 200 duplicate | 4xx {error, field}
//   POST /api/v1/responses/batch  {responses}  → 200 {results: [{id, status, httpStatus?, error?, field?}]}
// The per-address bucket counts requests, not answers, so a kiosk flushing 1,000 answers in two
// batches costs two tokens.
import { authenticateApiKey, type KeyPrincipal } from "../auth/api-key";
import type { ApiRequest, ApiResult } from "../http/api-request";
import { errorResult, internalError, KB, readJson } from "../http/json-body";
import type { Limits } from "../http/limits";
import { ingestResponse, type IngestResult } from "./ingest";
import { ingestMany, type ManyItemResult } from "./ingest-many";
import type { IngestRejection } from "./result";

export const SINGLE_LIMIT = 16 * KB;
export const BATCH_LIMIT = 1024 * KB;
export const BATCH_MAX = 500;

/** `limits: false` turns rate limiting off (tests and the benchmark, where one address sends everything). */
export type IngestHttpOptions = { limits: Limits | false; now?: () => Date };

async function ipLimited(req: ApiRequest, limits: Limits | false): Promise<ApiResult | null> {
  if (!limits) return null;
  const take = await limits.ip.take(req.ip);
  return take.ok
    ? null
    : {
        ...errorResult(429, "too many requests from this address; try again shortly"),
        headers: { "retry-after": String(take.retryAfterSec) },
      };
}

const hasTouchpoint = (item: unknown) => typeof item === "object" && item !== null && "touchpoint" in item;

/** Kiosk items need the kiosk key; code items ignore the header. */
async function kioskPrincipal(req: ApiRequest, items: unknown[]): Promise<KeyPrincipal | null> {
  return items.some(hasTouchpoint) ? authenticateApiKey(req.header("authorization"), "kiosk") : null;
}

export async function handleIngestOne(req: ApiRequest, opts: IngestHttpOptions): Promise<ApiResult> {
  const { limits } = opts;
  try {
    const limited = await ipLimited(req, limits);
    if (limited) return limited;
    const json = await readJson(req, SINGLE_LIMIT);
    if (!json.ok) return json.result;
    const kiosk = await kioskPrincipal(req, [json.value]);
    const result = await ingestResponse(json.value, { ip: req.ip, kiosk, limits, now: opts.now?.() });
    if (result.status === "rejected") {
      const out = errorResult(result.httpStatus, result.error, result.field);
      return result.retryAfterSec ? { ...out, headers: { "retry-after": String(result.retryAfterSec) } } : out;
    }
    return { status: result.status === "stored" ? 201 : 200, body: { id: result.id, status: result.status } };
  } catch (error) {
    return internalError("POST /api/v1/responses", error);
  }
}

type BatchItemResult = {
  id: string | null;
  status: IngestResult["status"] | "error";
  httpStatus?: number;
  error?: string;
  field?: string;
};

export async function handleIngestBatch(req: ApiRequest, opts: IngestHttpOptions): Promise<ApiResult> {
  const { limits } = opts;
  try {
    const limited = await ipLimited(req, limits);
    if (limited) return limited;
    const json = await readJson(req, BATCH_LIMIT);
    if (!json.ok) return json.result;
    const body = json.value as { responses?: unknown };
    if (typeof body !== "object" || body === null || Array.isArray(body))
      return errorResult(422, '(input): must be an object like {"responses": [...]}', "(input)");
    const extra = Object.keys(body).find((k) => k !== "responses");
    if (extra) return errorResult(422, `${extra}: is not a known field`, extra);
    const items = body.responses;
    if (!Array.isArray(items) || items.length < 1 || items.length > BATCH_MAX) {
      return errorResult(422, `responses: must be a list of 1 to ${BATCH_MAX} answers`, "responses");
    }
    const kiosk = await kioskPrincipal(req, items);
    const settled = await ingestMany(items, { ip: req.ip, kiosk, limits, now: opts.now?.() });
    const results = settled.map((r, i) => itemResult(items[i], r));
    return { status: 200, body: { results } };
  } catch (error) {
    return internalError("POST /api/v1/responses/batch", error);
  }
}

function itemResult(item: unknown, r: ManyItemResult): BatchItemResult {
  if (r.status === "stored" || r.status === "duplicate") return { id: r.id, status: r.status };
  const rawId =
    typeof item === "object" && item !== null && typeof (item as { id?: unknown }).id === "string"
      ? (item as { id: string }).id
      : null;
  const id = rawId && /^[0-9a-fA-F-]{32,36}$/.test(rawId) ? rawId.replace(/-/g, "").toLowerCase() : rawId;
  // An "error" item stays in the client's outbox and is retried; a rejected one is final (429 aside).
  if (r.status === "error")
    return { id, status: "error", httpStatus: 500, error: "Something went wrong on our side. Please try again." };
  const rej = r as IngestRejection;
  return {
    id,
    status: "rejected",
    httpStatus: rej.httpStatus,
    error: rej.error,
    ...(rej.field ? { field: rej.field } : {}),
  };
}
