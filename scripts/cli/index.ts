import type { CliCommand } from "./command";
import { orgCreate } from "./org-create";
import { userCreate } from "./user-create";
import { apikeyCreate } from "./apikey-create";
import { importCommand } from "./import";
import { scoresCommand } from "./scores";
import { followupsEscalate } from "./followups-escalate";
import { webhookAdd, webhookList, webhookRemove } from "./webhook";
import { retentionRun } from "./retention";

export const commands: CliCommand[] = [
  orgCreate,
  userCreate,
  apikeyCreate,
  importCommand,
  scoresCommand,
  followupsEscalate,
  webhookAdd,
  webhookList,
  webhookRemove,
  retentionRun,
];
