// Staff accounts.
import "server-only";
import { db } from "../db";
import { hashPassword, oneTimePassword } from "../auth/password";
import { ConflictError } from "../orgs/orgs";
import { staffSchema, type StaffInput } from "./schema";

/** Creates a person with a one-time password, returned once, never stored in clear, replaced at first sign-in. */
export async function createStaff(orgId: string, input: StaffInput) {
  const data = staffSchema.parse(input);
  if (await db.user.findUnique({ where: { orgId_email: { orgId, email: data.email } }, select: { id: true } })) {
    throw new ConflictError(`email: ${data.email} already has an account in this organization`);
  }
  const password = oneTimePassword();
  const user = await db.user.create({
    data: {
      ...data,
      teamId: data.teamId ?? null,
      orgId,
      passwordHash: await hashPassword(password),
      mustChangePassword: true,
    },
  });
  return { user, password };
}
