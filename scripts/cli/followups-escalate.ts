import { orgBySlug } from "../../lib/orgs/orgs";
import { escalateOrg } from "../../lib/followups/escalate";
import { required, type CliCommand } from "./command";

export const followupsEscalate: CliCommand = {
  words: ["followups", "escalate"],
  usage: "followups escalate --org SLUG",
  summary:
    "escalate the organization's cases open longer than its follow-up time limit now (the server also does this every minute)",
  options: { org: { type: "string" } },
  async run({ values }) {
    const org = await orgBySlug(required(values, "org"));
    const n = await escalateOrg(org.id, org.followUpEscalateHours);
    console.log(
      n === 0
        ? `no cases of ${org.slug} are open longer than ${org.followUpEscalateHours} h and not yet escalated`
        : `escalated ${n} case${n === 1 ? "" : "s"} of ${org.slug} open longer than ${org.followUpEscalateHours} h`,
    );
  },
};
