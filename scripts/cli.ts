// npm run cli -- <command> [options]. Applies pending migrations first, like the server.
import { parseArgs } from "node:util";
import { ZodError } from "zod";
import { commands } from "./cli/index";
import { UsageError, type CliCommand } from "./cli/command";
import { describeIssues, DomainError } from "../lib/validation";
import { DatabaseUrlError, parseDatabaseUrl } from "../lib/db/url";
import { migrate } from "../lib/db/migrate";
import { disconnectDb } from "../lib/db";

async function help(): Promise<string> {
  const loaded = await Promise.all(commands.map((c) => c.load()));
  const width = Math.max(...loaded.map((c) => c.words.join(" ").length));
  return [
    "Ensemble command line",
    "",
    "usage: npm run cli -- <command> [options]",
    "",
    "commands:",
    ...loaded.map((c) => `  ${c.words.join(" ").padEnd(width)}  ${c.summary}`),
    "",
    "Run `npm run cli -- <command> --help` for a command's options.",
    "The database is the one DATABASE_URL names (default: SQLite at ./data/ensemble.db).",
    "File format for import and scores: docs/interchange.md; what each score means: docs/scoring.md.",
  ].join("\n");
}

async function find(argv: string[]): Promise<{ command: CliCommand; rest: string[] } | null> {
  for (const entry of commands) {
    if (entry.words.every((w, i) => argv[i] === w))
      return { command: await entry.load(), rest: argv.slice(entry.words.length) };
  }
  return null;
}

async function main(argv: string[]): Promise<number> {
  if (argv.length === 0 || argv[0] === "--help" || argv[0] === "-h" || argv[0] === "help") {
    console.log(await help());
    return 0;
  }
  const found = await find(argv);
  if (!found) {
    console.error(`unknown command: ${argv.slice(0, 2).join(" ")}\n\n${await help()}`);
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
  const applied = await migrate(parseDatabaseUrl(process.env.DATABASE_URL));
  await (await import("../lib/rollups/backfill")).backfillAfter(applied);
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
