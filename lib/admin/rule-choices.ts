// The selects of the rule form: teams, active people and touchpoints of the admin's org.
import type { Actor } from "../auth/authorize";
import { personOptions, teamOptions, touchpointOptions } from "./options";

export async function ruleChoices(actor: Actor) {
  const [teams, people, touchpoints] = await Promise.all([
    teamOptions(actor),
    personOptions(actor),
    touchpointOptions(actor),
  ]);
  return { teams, people, touchpoints };
}
