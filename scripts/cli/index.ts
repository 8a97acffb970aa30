import type { CliCommand } from "./command";
import { orgCreate } from "./org-create";
import { userCreate } from "./user-create";
import { apikeyCreate } from "./apikey-create";

export const commands: CliCommand[] = [orgCreate, userCreate, apikeyCreate];
