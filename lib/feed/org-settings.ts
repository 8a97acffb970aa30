// The few organisation settings every screen needs: its time zone (periods, "when"), its
// follow-up escalation threshold and whether colleagues' scores may be shown.
import { db } from "../db";
import { AuthError } from "../auth/authorize";

export type OrgSettings = {
  id: string;
  name: string;
  timeZone: string;
  showColleagueScores: boolean;
  followUpEscalateHours: number;
};

export async function orgSettings(orgId: string): Promise<OrgSettings> {
  const org = await db.organization.findUnique({
    where: { id: orgId },
    select: { id: true, name: true, timeZone: true, showColleagueScores: true, followUpEscalateHours: true },
  });
  if (!org) throw new AuthError(403, "This organization no longer exists.");
  return org;
}
