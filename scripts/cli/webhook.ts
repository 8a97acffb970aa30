// `npm run cli -- webhook add|list|remove`: webhook endpoints of an organisation (docs/events.md).
import { orgBySlug } from "../../lib/orgs/orgs";
import { AdminInputError } from "../../lib/admin/result";
import { addEndpoint, findEndpointByUrl, listEndpoints, removeEndpoint } from "../../lib/webhooks/endpoints";
import { required, UsageError, type CliCommand } from "./command";

export const webhookAdd: CliCommand = {
  words: ["webhook", "add"],
  usage: "webhook add --org SLUG --url URL [--events type,type]",
  summary:
    "register a webhook endpoint (all event types unless --events); its signing secret is the last line of stdout",
  options: { org: { type: "string" }, url: { type: "string" }, events: { type: "string" } },
  async run({ values }) {
    const org = await orgBySlug(required(values, "org"));
    const url = required(values, "url");
    const events =
      typeof values.events === "string"
        ? values.events
            .split(",")
            .map((s) => s.trim())
            .filter(Boolean)
        : [];
    try {
      const added = await addEndpoint(org.id, { url, events });
      console.log(`added webhook ${added.url} for ${org.slug} (${events.length ? events.join(", ") : "all events"})`);
      console.log("signing secret (shown once, keep it safe):");
      console.log(added.secret);
    } catch (error) {
      if (error instanceof AdminInputError)
        throw new UsageError(`--${(error.field ?? "url").split(".")[0]}: ${error.rule}`);
      throw error;
    }
  },
};

export const webhookList: CliCommand = {
  words: ["webhook", "list"],
  usage: "webhook list --org SLUG",
  summary: "list an organisation's webhook endpoints with their state",
  options: { org: { type: "string" } },
  async run({ values }) {
    const org = await orgBySlug(required(values, "org"));
    const endpoints = await listEndpoints(org.id);
    if (!endpoints.length) return console.log(`no webhooks for ${org.slug}`);
    for (const e of endpoints)
      console.log(
        [e.url, e.health, e.events.length ? e.events.join(",") : "all events", `${e.pending} pending`].join("\t"),
      );
  },
};

export const webhookRemove: CliCommand = {
  words: ["webhook", "remove"],
  usage: "webhook remove --org SLUG --url URL",
  summary: "remove a webhook endpoint; it receives nothing more",
  options: { org: { type: "string" }, url: { type: "string" } },
  async run({ values }) {
    const org = await orgBySlug(required(values, "org"));
    const url = required(values, "url");
    const endpoint = await findEndpointByUrl(org.id, url);
    if (!endpoint) throw new UsageError(`--url: no webhook with this URL in ${org.slug}`);
    await removeEndpoint(org.id, endpoint.id);
    console.log(`removed webhook ${url} from ${org.slug}`);
  },
};
