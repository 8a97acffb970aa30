// GET /s/<code>/qr.svg: the QR of a survey link, public like the link itself. Keyed by the code,
// never by the interaction id, so it cannot reveal a link to someone who does not already have it.
import type { ApiRequest, ApiResult } from "../http/api-request";
import { internalError } from "../http/json-body";
import { SURVEY_CODE_RE } from "./code";
import { publicOrigin } from "../http/public-url";
import { surveyUrl } from "./links";
import { qrResult } from "./poster";

export async function handleSurveyQr(req: ApiRequest, code: string): Promise<ApiResult> {
  if (!SURVEY_CODE_RE.test(code)) return { status: 404, body: { error: "not a survey code" } };
  try {
    const { origin, hostDependent } = publicOrigin({ get: (n: string) => req.header(n) ?? null });
    return await qrResult(surveyUrl(origin, code), "svg", hostDependent);
  } catch (error) {
    return internalError("GET /s/<code>/qr.svg", error);
  }
}
