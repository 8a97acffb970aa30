// GET /api/notifications/unread: the signed-in person's unread count, polled by the navigation
// badge so a new case shows without a reload.
import { currentActor } from "@/lib/auth/authorize";
import { unreadCount } from "@/lib/notifications/inbox";

export const dynamic = "force-dynamic";

export async function GET() {
  const actor = await currentActor();
  if (!actor) return Response.json({ error: "Sign in to continue." }, { status: 401 });
  return Response.json({ unread: await unreadCount(actor) }, { headers: { "Cache-Control": "private, no-store" } });
}
