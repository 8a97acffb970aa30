// Test-only helpers: an answered interaction written straight to the tables, with its rollups
// recorded as ingest records them (lib/rollups/record.ts), for tests that need exact scenarios.
import { randomBytes } from "node:crypto";
import { db } from "../db";
import { recordResponse } from "../rollups/record";

export async function answeredInteraction(opts: {
  orgId: string;
  touchpointId: string;
  contributors: { userId: string; role?: "frontline" | "backoffice"; weight?: number; teamId?: string | null }[];
  answeredAt?: Date;
  nps?: number | null;
  csat?: number | null;
  ces?: number | null;
  comment?: string | null;
  answered?: boolean;
}) {
  const at = opts.answeredAt ?? new Date();
  const interaction = await db.interaction.create({
    data: {
      orgId: opts.orgId,
      ref: `t-${randomBytes(6).toString("hex")}`,
      touchpointId: opts.touchpointId,
      occurredAt: new Date(at.getTime() - 60_000),
      code: randomBytes(12).toString("hex"),
      expiresAt: new Date(at.getTime() + 14 * 86_400_000),
      source: "staff",
      contributions: {
        create: opts.contributors.map((c) => ({
          orgId: opts.orgId,
          userId: c.userId,
          role: c.role ?? "frontline",
          weight: c.weight ?? 1,
          teamId: c.teamId ?? null,
        })),
      },
    },
  });
  if (opts.answered === false) return { interaction, response: null };
  const org = await db.organization.findUniqueOrThrow({ where: { id: opts.orgId }, select: { timeZone: true } });
  const response = await db.$transaction(async (tx) => {
    const r = await tx.response.create({
      data: {
        id: randomBytes(16).toString("hex"),
        orgId: opts.orgId,
        interactionId: interaction.id,
        nps: opts.nps ?? null,
        csat: opts.csat ?? null,
        ces: opts.ces ?? null,
        comment: opts.comment ?? null,
        locale: "en",
        answeredAt: at,
      },
    });
    await tx.interaction.update({ where: { id: interaction.id }, data: { usedAt: at } });
    await recordResponse(tx, {
      orgId: opts.orgId,
      timeZone: org.timeZone,
      responseId: r.id,
      answeredAt: at,
      nps: r.nps,
      csat: r.csat,
      ces: r.ces,
      touchpointId: opts.touchpointId,
      credits: opts.contributors.map((c) => ({ userId: c.userId, teamId: c.teamId ?? null, weight: c.weight ?? 1 })),
    });
    return r;
  });
  return { interaction, response };
}
