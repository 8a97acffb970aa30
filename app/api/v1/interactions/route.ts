// POST /api/v1/interactions (API key). Contract: lib/http/ENDPOINTS.md; logic: lib/interactions/api.ts.
import { fromWeb, toWebResponse } from "@/lib/http/api-request";
import { handleCreateInteraction } from "@/lib/interactions/api";

export const dynamic = "force-dynamic";

export async function POST(request: Request) {
  return toWebResponse(await handleCreateInteraction(fromWeb(request)));
}
