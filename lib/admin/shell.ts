// What the signed-in frame needs: who is here and the name of their organization.
import { redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/authorize";
import { db } from "@/lib/db";

export async function loadShell() {
  const actor = await currentActor();
  if (!actor) redirect("/signin");
  const org = await db.organization.findUnique({ where: { id: actor.orgId }, select: { name: true } });
  return { actor, orgName: org?.name ?? "" };
}
