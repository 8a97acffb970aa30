// Organizations: creation and lookup by slug.
import "server-only";
import { db } from "../db";
import { orgSchema, type OrgInput } from "./schema";

import { DomainError } from "../validation";

/** Messages are "field: rule" already ("org: no organization with slug …"). */
export class NotFoundError extends DomainError {
  constructor(message: string) {
    super("not_found", message);
  }
}
export class ConflictError extends DomainError {
  constructor(message: string) {
    super("conflict", message);
  }
}

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
