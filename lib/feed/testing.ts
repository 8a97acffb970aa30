// Test-only helpers: an answered interaction written straight to the tables (no rollups), for
// tests of lists, access and follow-ups that do not read scores.
import { randomBytes } from "node:crypto";
import { db } from "../db";

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
      orgId: opts.orgId, ref: `t-${randomBytes(6).toString("hex")}`, touchpointId: opts.touchpointId, occurredAt: new Date(at.getTime() - 60_000),
      code: randomBytes(12).toString("hex"), expiresAt: new Date(at.getTime() + 14 * 86_400_000), source: "staff",
      contributions: {
        create: opts.contributors.map((c) => ({ orgId: opts.orgId, userId: c.userId, role: c.role ?? "frontline", weight: c.weight ?? 1, teamId: c.teamId ?? null })),
      },
    },
  });
  if (opts.answered === false) return { interaction, response: null };
  const response = await db.response.create({
    data: {
      id: randomBytes(16).toString("hex"), orgId: opts.orgId, interactionId: interaction.id, nps: opts.nps ?? null, csat: opts.csat ?? null,
      ces: opts.ces ?? null, comment: opts.comment ?? null, locale: "en", answeredAt: at,
    },
  });
  await db.interaction.update({ where: { id: interaction.id }, data: { usedAt: at } });
  return { interaction, response };
}
