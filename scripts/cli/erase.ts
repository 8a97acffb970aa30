// npm run cli -- erase --org SLUG --customer KEY | --response ID: deletes a customer's answers (or
// one answer) with their comments, follow-up cases and notes, corrects the scores, and records in
// the audit log that an erasure happened and how much, never what (docs/trust.md "Erasure").
import { describeCounts, erase, parseTarget } from "../../lib/erasure/erase";
import { orgBySlug } from "../../lib/orgs/orgs";
import { DomainError } from "../../lib/validation";
import { required, UsageError, type CliCommand } from "./command";

export const eraseCommand: CliCommand = {
  words: ["erase"],
  usage: "erase --org SLUG (--customer KEY | --response ID)",
  summary: "erase a customer's answers (or one response), correct the scores and log that it happened",
  options: { org: { type: "string" }, customer: { type: "string" }, response: { type: "string" } },
  async run({ values }) {
    const org = await orgBySlug(required(values, "org"));
    try {
      const target = parseTarget({ customer: values.customer, response: values.response });
      const counts = await erase(org.id, target, null);
      console.log(`erased in ${org.slug}: ${describeCounts(counts)}; scores corrected, audit log entry written`);
    } catch (error) {
      if (error instanceof DomainError && error.field) throw new UsageError(`--${error.message}`);
      throw error;
    }
  },
};
