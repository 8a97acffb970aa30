// What the signed-in frame needs: who is here, the name of their organization and how many
// notifications they have not read (the navigation badge).
import { redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { unreadCount } from "@/lib/notifications/inbox";

export async function loadShell() {
  const actor = await currentActor();
  if (!actor) redirect("/signin");
  const [org, unread] = await Promise.all([
    db.organization.findUnique({ where: { id: actor.orgId }, select: { name: true } }),
    unreadCount(actor),
  ]);
  return { actor, orgName: org?.name ?? "", unread };
}
