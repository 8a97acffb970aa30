import { orgBySlug } from "../../lib/orgs/orgs";
import { exportScores } from "../../lib/interchange/export-scores";
import { parsePeriodParams } from "../../lib/interchange/period-params";
import type { Scores } from "../../lib/scoring/types";
import { required, UsageError, type CliCommand } from "./command";

export const scoresCommand: CliCommand = {
  words: ["scores"],
  usage: "scores --org SLUG [--from ISO] [--to ISO] [--json]",
  summary:
    "print the organization's, each person's and each team's scores (docs/interchange.md); --json for the document only",
  options: { org: { type: "string" }, from: { type: "string" }, to: { type: "string" }, json: { type: "boolean" } },
  async run({ values }) {
    const org = await orgBySlug(required(values, "org"));
    const parsed = parsePeriodParams({ from: values.from as string, to: values.to as string }, org.timeZone);
    if (!parsed.ok) throw new UsageError(`--${parsed.error}`);
    const doc = await exportScores(org.id, parsed.period);
    if (values.json) {
      process.stdout.write(`${JSON.stringify(doc, null, 1)}\n`);
      return;
    }
    const line = (label: string, s: Scores) =>
      `${label.padEnd(32)} ${String(s.responses).padStart(7)}  ` +
      [
        s.nps !== undefined ? `NPS ${s.nps.toFixed(1)} ±${s.npsMoe!.toFixed(1)} (n ${s.npsN})` : "NPS –",
        s.csat !== undefined ? `CSAT ${s.csat.toFixed(1)}% ±${s.csatMoe!.toFixed(1)} (n ${s.csatN})` : "CSAT –",
        s.ces !== undefined ? `CES ${s.ces.toFixed(2)} (n ${s.cesN})` : "CES –",
        s.npsImpact !== undefined ? `impact ${s.npsImpact >= 0 ? "+" : ""}${s.npsImpact.toFixed(1)}` : "",
      ]
        .join("  ")
        .trimEnd();
    console.log(`${"".padEnd(32)} ${"answers".padStart(7)}`);
    console.log(line(org.slug, doc.org));
    for (const t of doc.teams) console.log(line(`team ${t.team}`, t));
    for (const s of doc.staff) console.log(line(s.email, s));
  },
};
