// Small factories for integration and browser tests: each test makes its own org and people.
import { randomBytes } from "node:crypto";
import { db } from "../lib/db";
import { hashPassword } from "../lib/auth/password";
import type { Kind, Role } from "../lib/auth/roles";

export function uniq(prefix: string) {
  return `${prefix}-${randomBytes(4).toString("hex")}`;
}

export async function makeOrg(opts: { slug?: string; name?: string; timeZone?: string } = {}) {
  const slug = opts.slug ?? uniq("org");
  return db.organization.create({ data: { slug, name: opts.name ?? slug, timeZone: opts.timeZone ?? "UTC" } });
}

export async function makeTeam(orgId: string, name = uniq("team"), managerId?: string) {
  return db.team.create({ data: { orgId, name, managerId } });
}

// bcrypt is slow on purpose; people made with the same password share one real hash of it.
const hashes = new Map<string, Promise<string>>();
const hashOnce = (password: string) => {
  let hash = hashes.get(password);
  if (!hash) hashes.set(password, (hash = hashPassword(password)));
  return hash;
};

export async function makeUser(
  orgId: string,
  opts: { email?: string; name?: string; role?: Role; kind?: Kind; teamId?: string; password?: string } = {},
) {
  const email = opts.email ?? `${uniq("user")}@example.test`;
  return db.user.create({
    data: {
      orgId,
      email,
      name: opts.name ?? email.split("@")[0],
      role: opts.role ?? "staff",
      kind: opts.kind ?? "frontline",
      teamId: opts.teamId,
      passwordHash: opts.password ? await hashOnce(opts.password) : null,
    },
  });
}

export async function makeTouchpoint(orgId: string, slug = uniq("tp")) {
  return db.touchpoint.create({ data: { orgId, slug, name: slug } });
}
