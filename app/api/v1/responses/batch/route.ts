// POST /api/v1/responses/batch: up to 500 answers, each settled on its own. server.ts answers
// this on its fast path; this file keeps the same contract under plain Next.
import { fromWeb, toWebResponse } from "@/lib/http/api-request";
import { routeLimits } from "@/lib/http/route-limits";
import { handleIngestBatch } from "@/lib/responses/api";

export const dynamic = "force-dynamic";

export async function POST(request: Request) {
  return toWebResponse(await handleIngestBatch(fromWeb(request), { limits: routeLimits() }));
}
