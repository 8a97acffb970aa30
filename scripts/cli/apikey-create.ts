import { orgBySlug } from "../../lib/orgs/orgs";
import { createApiKey } from "../../lib/auth/api-key";
import { required, type CliCommand } from "./command";

export const apikeyCreate: CliCommand = {
  words: ["apikey", "create"],
  usage: "apikey create --org SLUG [--name NAME]",
  summary: "create an API key; the key is the last line of stdout",
  options: { org: { type: "string" }, name: { type: "string" } },
  async run({ values }) {
    const org = await orgBySlug(required(values, "org"));
    const { key } = await createApiKey(org.id, { name: (values.name as string) ?? "CLI key" });
    console.log(`created API key for ${org.slug}; it is shown once, keep it safe:`);
    console.log(key);
  },
};
