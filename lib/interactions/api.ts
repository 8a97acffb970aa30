// POST /api/v1/interactions: the HTTP contract around createInteraction, shared by the
// Next route file and any fast-path registration. 201 new, 200 existing (same ref).
import { authenticateApiKey } from "../auth/api-key";
import type { ApiRequest, ApiResult } from "../http/api-request";
import { errorResult, internalError, KB, readJson } from "../http/json-body";
import { createInteraction } from "./create";
import { DomainError } from "../validation";
import { baseUrlFrom } from "./links";
import type { InteractionInput } from "./schema";

export const INTERACTION_BODY_LIMIT = 16 * KB;

export async function handleCreateInteraction(req: ApiRequest): Promise<ApiResult> {
  try {
    const key = await authenticateApiKey(req.header("authorization"), "api");
    if (!key) {
      return {
        ...errorResult(401, "missing or invalid API key: send Authorization: Bearer ens_…"),
        headers: { "www-authenticate": 'Bearer realm="ensemble"' },
      };
    }
    const json = await readJson(req, INTERACTION_BODY_LIMIT);
    if (!json.ok) return json.result;
    const baseUrl = baseUrlFrom({ get: (n: string) => req.header(n) ?? null });
    const out = await createInteraction(key.orgId, json.value as InteractionInput, {
      baseUrl,
      source: "api",
      refuseExpired: true,
    });
    return { status: out.created ? 201 : 200, body: out };
  } catch (error) {
    if (error instanceof DomainError)
      return errorResult(error.status, error.message, error.field ?? undefined, { details: error.details });
    return internalError("POST /api/v1/interactions", error);
  }
}
