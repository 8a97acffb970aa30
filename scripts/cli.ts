// npm run cli -- <command> [options]. Applies pending migrations first, like the server.
import { parseArgs } from "node:util";
import { ZodError } from "zod";
import { commands } from "./cli/index";
import { UsageError, type CliCommand } from "./cli/command";
import { describeIssues, DomainError } from "../lib/validation";
import { DatabaseUrlError, parseDatabaseUrl } from "../lib/db/url";
import { migrate } from "../lib/db/migrate";
import { disconnectDb } from "../lib/db";

function help(): string {
  const width = Math.max(...commands.map((c) => c.words.join(" ").length));
  return [
    "Ensemble command line",
    "",
    "usage: npm run cli -- <command> [options]",
    "",
    "commands:",
    ...commands.map((c) => `  ${c.words.join(" ").padEnd(width)}  ${c.summary}`),
    "",
    "Run `npm run cli -- <command> --help` for a command's options.",
    "The database is the one DATABASE_URL names (default: SQLite at ./data/ensemble.db).",
    "File format for import and scores: docs/interchange.md; what each score means: docs/scoring.md.",
  ].join("\n");
}

function find(argv: string[]): { command: CliCommand; rest: string[] } | null {
  for (const command of commands) {
    if (command.words.every((w, i) => argv[i] === w)) return { command, rest: argv.slice(command.words.length) };
  }
  return null;
}

async function main(argv: string[]): Promise<number> {
  if (argv.length === 0 || argv[0] === "--help" || argv[0] === "-h" || argv[0] === "help") {
    console.log(help());
    return 0;
  }
  const found = find(argv);
  if (!found) {
    console.error(`unknown command: ${argv.slice(0, 2).join(" ")}\n\n${help()}`);
    return 2;
  }
  const { command, rest } = found;
  if (rest.includes("--help") || rest.includes("-h")) {
    console.log(`usage: npm run cli -- ${command.usage}\n\n${command.summary}`);
    return 0;
  }
  let parsed;
  try {
    parsed = parseArgs({ args: rest, options: command.options, allowPositionals: true, strict: true });
  } catch (error) {
    console.error(`${(error as Error).message.split("\n")[0]}\nusage: npm run cli -- ${command.usage}`);
    return 2;
  }
  const maxPositionals = command.positionals?.length ?? 0;
  if (parsed.positionals.length > maxPositionals) {
    console.error(`unexpected argument: ${parsed.positionals[maxPositionals]}\nusage: npm run cli -- ${command.usage}`);
    return 2;
  }
  await migrate(parseDatabaseUrl(process.env.DATABASE_URL));
  await command.run(parsed as { values: Record<string, string | boolean | undefined>; positionals: string[] });
  return 0;
}

main(process.argv.slice(2))
  .then(async (code) => {
    await disconnectDb();
    process.exit(code);
  })
  .catch(async (error) => {
    if (error instanceof ZodError) console.error(describeIssues(error).join("\n"));
    else if (error instanceof UsageError || error instanceof DatabaseUrlError || error instanceof DomainError) {
      console.error(error.message);
    } else console.error(`error: ${(error as Error).message}`);
    await disconnectDb().catch(() => {});
    process.exit(1);
  });
