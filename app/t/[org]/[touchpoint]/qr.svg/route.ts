// GET /t/<org>/<touchpoint>/qr.svg: the poster's QR code (for the admin poster page and print).
import { fromWeb, toWebResponse } from "@/lib/http/api-request";
import { handlePosterQr } from "@/lib/interactions/poster";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ org: string; touchpoint: string }> }) {
  const { org, touchpoint } = await params;
  return toWebResponse(await handlePosterQr(fromWeb(request), org, touchpoint, "svg"));
}
