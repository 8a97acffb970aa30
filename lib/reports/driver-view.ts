// The admin's driver view: for each attribute, the NPS of the period's responses that chose it
// against those that answered the question without choosing it (docs/scoring.md "What moves NPS").
import "server-only";
import { AuthError, type Actor } from "../auth/authorize";
import { orgSettings, type OrgSettings } from "../feed/org-settings";
import { periodFor, type PeriodKey } from "../feed/period";
import { additionsReport, type ChoiceQuestionInfo } from "./additions-report";
import type { Driver } from "../scoring/drivers";

export type DriverView = { org: OrgSettings; periodKey: PeriodKey; questions: ChoiceQuestionInfo[]; drivers: Driver[] };

export async function driverView(
  actor: Pick<Actor, "orgId" | "role">,
  periodKey: PeriodKey,
  now = new Date(),
): Promise<DriverView> {
  if (actor.role !== "admin") throw new AuthError(403, "Only admins see the driver view.");
  const org = await orgSettings(actor.orgId);
  const period = periodFor(periodKey, org.timeZone, now);
  const r = await additionsReport(actor.orgId, period, { type: "org" }, { timeZone: org.timeZone, maxWeeks: 1, now });
  return { org, periodKey, questions: r.questions, drivers: r.drivers };
}
