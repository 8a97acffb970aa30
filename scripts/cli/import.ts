import { readFileSync } from "node:fs";
import { importInterchange, InterchangeError, type ImportSummary } from "../../lib/interchange/import";
import { required, UsageError, type CliCommand } from "./command";

const PROGRESS_FROM = 5000; // records; below this an import is over before a bar helps

export const importCommand: CliCommand = {
  words: ["import"],
  usage: "import FILE.json --org SLUG [--name NAME] [--tz Europe/Helsinki]",
  summary: "import an interchange-v1 file (all or nothing; importing it again changes nothing)",
  options: { org: { type: "string" }, name: { type: "string" }, tz: { type: "string" } },
  positionals: ["FILE.json"],
  async run({ values, positionals }) {
    const file = positionals[0];
    if (!file) throw new UsageError("FILE.json is required: npm run cli -- import FILE.json --org SLUG");
    const orgSlug = required(values, "org");
    let doc: unknown;
    try {
      doc = JSON.parse(readFileSync(file, "utf8"));
    } catch (error) {
      const e = error as NodeJS.ErrnoException;
      throw new UsageError(e.code ? `${file}: cannot read (${e.code})` : `${file}: not valid JSON (${e.message})`);
    }
    const bar = progressBar(doc);
    try {
      const summary = await importInterchange(doc, {
        orgSlug,
        orgName: values.name as string | undefined,
        timeZone: values.tz as string | undefined,
        onProgress: bar?.update,
      });
      bar?.done();
      console.log(describe(file, summary));
    } catch (error) {
      bar?.done();
      if (!(error instanceof InterchangeError)) throw error;
      const problems = error.lines.length;
      throw new UsageError(
        `${error.lines.join("\n")}\n${file}: rejected, nothing imported (${problems === 1 ? "1 problem" : `${problems} lines of problems`})`,
      );
    }
  },
};

function describe(file: string, s: ImportSummary) {
  return (
    `imported ${file} into ${s.org}${s.orgCreated ? " (new organization)" : ""}: ` +
    `${s.staff.created} staff added, ${s.staff.updated} updated; ${s.teams.created} teams, ${s.touchpoints.created} touchpoints added; ` +
    `${s.interactions.created} interactions added (${s.interactions.unchanged} already there); ` +
    `${s.responses.created} responses added (${s.responses.unchanged} already there); ` +
    `${s.followUps.opened} follow-up cases opened for recent detractors` +
    `${s.answeredAtClamped ? `; ${s.answeredAtClamped} answer times clamped to [interaction, now]` : ""} in ${s.seconds.toFixed(1)} s`
  );
}

/** A one-line bar on stderr, only on a terminal and only for files big enough to wait for. */
function progressBar(doc: unknown) {
  const d = doc as Record<string, unknown[] | undefined>;
  const records = ["staff", "touchpoints", "interactions", "responses"].reduce(
    (n, k) => n + (Array.isArray(d?.[k]) ? d[k]!.length : 0),
    0,
  );
  if (!process.stderr.isTTY || records <= PROGRESS_FROM) return null;
  let last = 0;
  return {
    update(phase: string, done: number, total: number) {
      const now = Date.now();
      if (now - last < 100 && done < total) return;
      last = now;
      const width = 30;
      const filled = Math.round((done / Math.max(1, total)) * width);
      const label = phase === "check" ? "checking records" : `writing ${phase}`;
      process.stderr.write(
        `\r[${"#".repeat(filled)}${".".repeat(width - filled)}] ${String(Math.floor((done / Math.max(1, total)) * 100)).padStart(3)}% ${label} ${done}/${total}\x1b[K`,
      );
    },
    done() {
      process.stderr.write("\r\x1b[K");
    },
  };
}
