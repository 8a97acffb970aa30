// GET /api/v1/scores: the scores document for an API key's organisation and ?from=&to=.
import { db } from "../db";
import type { ScoresDocument } from "../scoring/types";
import { exportScores } from "./export-scores";
import { parsePeriodParams } from "./period-params";

export type ScoresRequest = { from?: string | null; to?: string | null };
export type ScoresAnswer = { ok: true; document: ScoresDocument } | { ok: false; field: string; error: string };

export async function scoresForOrg(orgId: string, params: ScoresRequest): Promise<ScoresAnswer> {
  const org = await db.organization.findUniqueOrThrow({ where: { id: orgId }, select: { timeZone: true } });
  const parsed = parsePeriodParams(params, org.timeZone);
  if (!parsed.ok) return parsed;
  return { ok: true, document: await exportScores(orgId, parsed.period) };
}
