// The CLI's commands, each loaded only when it runs (or for --help), so a command pays for its
// own part of the app and a usage error answers at once. `words` select the command and must
// equal the loaded command's own (scripts/cli/index.test.ts checks).
import type { CliCommand } from "./command";

export type CommandEntry = { words: string[]; load: () => Promise<CliCommand> };

export const commands: CommandEntry[] = [
  { words: ["org", "create"], load: async () => (await import("./org-create")).orgCreate },
  { words: ["user", "create"], load: async () => (await import("./user-create")).userCreate },
  { words: ["apikey", "create"], load: async () => (await import("./apikey-create")).apikeyCreate },
  { words: ["import"], load: async () => (await import("./import")).importCommand },
  { words: ["scores"], load: async () => (await import("./scores")).scoresCommand },
  { words: ["followups", "escalate"], load: async () => (await import("./followups-escalate")).followupsEscalate },
  { words: ["webhook", "add"], load: async () => (await import("./webhook")).webhookAdd },
  { words: ["webhook", "list"], load: async () => (await import("./webhook")).webhookList },
  { words: ["webhook", "remove"], load: async () => (await import("./webhook")).webhookRemove },
  { words: ["retention", "run"], load: async () => (await import("./retention")).retentionRun },
  { words: ["erase"], load: async () => (await import("./erase")).eraseCommand },
];
