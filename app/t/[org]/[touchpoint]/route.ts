// GET /t/<org>/<touchpoint>: a poster scan mints an interaction and redirects to its survey.
import { fromWeb, toWebResponse } from "@/lib/http/api-request";
import { routeLimits } from "@/lib/http/route-limits";
import { handlePosterScan } from "@/lib/interactions/poster";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ org: string; touchpoint: string }> }) {
  const { org, touchpoint } = await params;
  return toWebResponse(await handlePosterScan(fromWeb(request), org, touchpoint, routeLimits()));
}
