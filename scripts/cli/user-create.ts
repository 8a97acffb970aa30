import { orgBySlug } from "../../lib/orgs/orgs";
import { createStaff } from "../../lib/staff/staff";
import { db } from "../../lib/db";
import { required, UsageError, type CliCommand } from "./command";

export const userCreate: CliCommand = {
  words: ["user", "create"],
  usage:
    "user create --org SLUG --email EMAIL --role admin|manager|staff --kind frontline|backoffice [--name NAME] [--team TEAM]",
  summary: "create a person and print a one-time password",
  options: {
    org: { type: "string" },
    email: { type: "string" },
    role: { type: "string" },
    kind: { type: "string" },
    name: { type: "string" },
    team: { type: "string" },
  },
  async run({ values }) {
    const org = await orgBySlug(required(values, "org"));
    const email = required(values, "email");
    let teamId: string | undefined;
    if (typeof values.team === "string") {
      const team = await db.team.findUnique({ where: { orgId_name: { orgId: org.id, name: values.team } } });
      if (!team) throw new UsageError(`--team: no team "${values.team}" in ${org.slug}`);
      teamId = team.id;
    }
    const { user, password } = await createStaff(org.id, {
      email,
      name: (values.name as string) ?? email.split("@")[0],
      role: required(values, "role") as "staff",
      kind: required(values, "kind") as "frontline",
      teamId,
    });
    console.log(`created ${user.role} ${user.email} in ${org.slug}`);
    console.log(`one-time password (shown once): ${password}`);
  },
};
