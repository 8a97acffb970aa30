import { redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/authorize";
import { HOME_BY_ROLE } from "@/lib/auth/roles";

// "/" has no content of its own: it sends each person to their role's home.
export default async function Home() {
  const actor = await currentActor();
  if (!actor) redirect("/signin");
  redirect(actor.mustChangePassword ? "/me/password" : HOME_BY_ROLE[actor.role]);
}
