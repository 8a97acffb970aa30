// GET /api/v1/scores?from=&to= with Authorization: Bearer <API key>: the docs/interchange.md scores
// document for the key's organisation, the same one `npm run cli -- scores --json` prints.
import { authenticateApiKey } from "@/lib/auth/api-key";
import { scoresForOrg } from "@/lib/interchange/scores-for-org";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const key = await authenticateApiKey(request.headers.get("authorization"), "api");
  if (!key) {
    return Response.json(
      { error: "authorization: send Authorization: Bearer <API key> with a valid key of your organization" },
      { status: 401, headers: { "WWW-Authenticate": 'Bearer realm="ensemble"' } },
    );
  }
  const params = new URL(request.url).searchParams;
  const answer = await scoresForOrg(key.orgId, { from: params.get("from"), to: params.get("to") });
  if (!answer.ok) return Response.json({ error: answer.error, field: answer.field }, { status: 422 });
  return Response.json(answer.document, { headers: { "Cache-Control": "private, no-store" } });
}
