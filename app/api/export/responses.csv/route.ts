// The responses CSV for admins, streamed. Period: ?period=30d|90d|all in the org's time zone.
import { authorize, AuthError } from "@/lib/auth/authorize";
import { responseCsvStream } from "@/lib/export/responses";
import { orgSettings } from "@/lib/feed/org-settings";
import { parsePeriodKey, periodFor } from "@/lib/feed/period";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  let actor;
  try {
    actor = await authorize(["admin"]);
  } catch (e) {
    if (e instanceof AuthError)
      return new Response(e.message, { status: e.status, headers: { "content-type": "text/plain; charset=utf-8" } });
    throw e;
  }
  const key = parsePeriodKey(new URL(request.url).searchParams.get("period"), "all");
  const org = await orgSettings(actor.orgId);
  const day = new Date().toISOString().slice(0, 10);
  return new Response(responseCsvStream(actor.orgId, periodFor(key, org.timeZone)), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="responses-${key}-${day}.csv"`,
      "cache-control": "no-store",
    },
  });
}
