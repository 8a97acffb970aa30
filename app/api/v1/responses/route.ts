// POST /api/v1/responses: one answer. server.ts answers this on its fast path; this file keeps
// the same contract under plain Next. Logic: lib/responses/api.ts.
import { fromWeb, toWebResponse } from "@/lib/http/api-request";
import { routeLimits } from "@/lib/http/route-limits";
import { handleIngestOne } from "@/lib/responses/api";

export const dynamic = "force-dynamic";

export async function POST(request: Request) {
  return toWebResponse(await handleIngestOne(fromWeb(request), { limits: routeLimits() }));
}
