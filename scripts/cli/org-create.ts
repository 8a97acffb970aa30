import { createOrg } from "../../lib/orgs/orgs";
import { required, type CliCommand } from "./command";

export const orgCreate: CliCommand = {
  words: ["org", "create"],
  usage: "org create --slug SLUG --name NAME [--tz Europe/Helsinki] [--locale en]",
  summary: "create an organization",
  options: { slug: { type: "string" }, name: { type: "string" }, tz: { type: "string" }, locale: { type: "string" } },
  async run({ values }) {
    const org = await createOrg({
      slug: required(values, "slug"),
      name: required(values, "name"),
      timeZone: (values.tz as string) ?? "UTC",
      defaultLocale: ((values.locale as string) ?? "en") as "en",
    });
    console.log(`created organization ${org.slug} (${org.name})`);
  },
};
