// Actors for admin domain tests: an admin, a manager and a staff member of a fresh org.
import type { Actor } from "../auth/authorize";
import type { Role } from "../auth/roles";
import { makeOrg, makeUser } from "../../tests/factories";

export function actorOf(user: {
  id: string;
  orgId: string;
  role: string;
  name: string;
  email: string;
  teamId: string | null;
}): Actor {
  return {
    userId: user.id,
    orgId: user.orgId,
    role: user.role as Role,
    name: user.name,
    email: user.email,
    teamId: user.teamId,
  };
}

export async function adminWorld() {
  const org = await makeOrg();
  const admin = actorOf(await makeUser(org.id, { role: "admin" }));
  const manager = actorOf(await makeUser(org.id, { role: "manager" }));
  const staff = actorOf(await makeUser(org.id, { role: "staff" }));
  return { org, admin, manager, staff };
}
