// Roles and kinds: one list each, shared by the schema checks, the UI and the CLI.
export const ROLES = ["admin", "manager", "staff"] as const;
export type Role = (typeof ROLES)[number];
export const KINDS = ["frontline", "backoffice"] as const;
export type Kind = (typeof KINDS)[number];

/** Where each role lands after signing in. */
export const HOME_BY_ROLE: Record<Role, string> = { admin: "/admin", manager: "/team", staff: "/me" };

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}
