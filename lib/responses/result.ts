// What ingest answers, for one response. Rejections carry the HTTP status and name the field.
export type IngestRejection = {
  status: "rejected";
  httpStatus: 401 | 403 | 404 | 409 | 410 | 422 | 429;
  error: string;
  field?: string;
  retryAfterSec?: number;
};
export type IngestResult = { status: "stored" | "duplicate"; id: string } | IngestRejection;

export function reject(
  httpStatus: IngestRejection["httpStatus"],
  field: string | undefined,
  rule: string,
  retryAfterSec?: number,
): IngestRejection {
  const r: IngestRejection = { status: "rejected", httpStatus, error: field ? `${field}: ${rule}` : rule };
  if (field) r.field = field;
  if (retryAfterSec !== undefined) r.retryAfterSec = retryAfterSec;
  return r;
}
