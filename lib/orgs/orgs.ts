// Organizations: creation and lookup by slug.
import { db } from "../db";
import { orgSchema, type OrgInput } from "./schema";

export class NotFoundError extends Error {}
export class ConflictError extends Error {}

export async function createOrg(input: OrgInput) {
  const data = orgSchema.parse(input);
  if (await db.organization.findUnique({ where: { slug: data.slug }, select: { id: true } })) {
    throw new ConflictError(`slug: an organization "${data.slug}" already exists`);
  }
  return db.organization.create({ data });
}

export async function orgBySlug(slug: string) {
  const org = await db.organization.findUnique({ where: { slug } });
  if (!org) throw new NotFoundError(`org: no organization with slug "${slug}"`);
  return org;
}
