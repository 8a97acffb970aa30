// GET /api/interactions/<id>/status: whether the customer has answered an interaction the signed-in
// person started, polled by its QR screen so it can say "answered, thank you" without a reload.
import { currentActor } from "@/lib/auth/authorize";
import { staffInteractionAnswered } from "@/lib/feed/staff-interaction";

export const dynamic = "force-dynamic";

export async function GET(_: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await currentActor();
  if (!actor) return Response.json({ error: "Sign in to continue." }, { status: 401 });
  const answered = await staffInteractionAnswered(actor, (await params).id);
  if (answered === null)
    return Response.json({ error: "id: no interaction of yours with this id", field: "id" }, { status: 404 });
  return Response.json({ answered }, { headers: { "Cache-Control": "private, no-store" } });
}
