// The checks every JSON endpoint makes before looking at the payload: content type (415),
// size (413) and syntax (400). Each refusal says what to change.
import type { ApiRequest, ApiResult } from "./api-request";

export const KB = 1024;

export type JsonRead = { ok: true; value: unknown } | { ok: false; result: ApiResult };

export function errorResult(
  status: number,
  error: string,
  field?: string,
  extra: Record<string, unknown> = {},
): ApiResult {
  return { status, body: field ? { error, field, ...extra } : { error, ...extra } };
}

export async function readJson(req: ApiRequest, limitBytes: number): Promise<JsonRead> {
  const type = (req.header("content-type") ?? "").split(";")[0].trim().toLowerCase();
  if (type !== "application/json" && !/^application\/[a-z0-9.+-]+\+json$/.test(type)) {
    return { ok: false, result: errorResult(415, "content-type must be application/json") };
  }
  const body = await req.readBody(limitBytes);
  if (!body.ok) {
    return body.reason === "too-large"
      ? {
          ok: false,
          result: {
            ...errorResult(413, `request body must be at most ${Math.round(limitBytes / KB)} KB`),
            headers: { connection: "close" },
          },
        }
      : { ok: false, result: errorResult(400, "request body was not received completely") };
  }
  try {
    return { ok: true, value: JSON.parse(body.text) };
  } catch (error) {
    return { ok: false, result: errorResult(400, `malformed JSON: ${(error as Error).message}`) };
  }
}

/** Unexpected failures: a log line for us, a calm generic message for the caller. */
export function internalError(where: string, error: unknown): ApiResult {
  console.error(`[${where}]`, error);
  return errorResult(500, "Something went wrong on our side. Please try again.");
}
