// Test-only helpers: an answered interaction for tests that need exact scenarios. The answer is
// stored by the real write path (lib/responses/store.ts), so its rollups, follow-up and events
// are exactly what ingest would write.
import { randomBytes } from "node:crypto";
import { db } from "../db";
import { responseRow, answerContext, storeAnswers } from "../responses/store";

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
    include: { touchpoint: { select: { slug: true } } },
  });
  if (opts.answered === false) return { interaction, response: null };
  const [org, people] = await Promise.all([
    db.organization.findUniqueOrThrow({ where: { id: opts.orgId }, select: { timeZone: true } }),
    db.user.findMany({
      where: { id: { in: opts.contributors.map((c) => c.userId) } },
      select: { id: true, email: true, name: true, kind: true },
    }),
  ]);
  const person = new Map(people.map((p) => [p.id, p]));
  const credits = opts.contributors.map((c) => ({
    userId: c.userId,
    teamId: c.teamId ?? null,
    weight: c.weight ?? 1,
    role: c.role ?? "frontline",
    ...person.get(c.userId)!,
  }));
  const row = responseRow({
    id: randomBytes(16).toString("hex"),
    orgId: opts.orgId,
    interactionId: interaction.id,
    templateVersionId: null,
    answers: { nps: opts.nps ?? null, csat: opts.csat ?? null, ces: opts.ces ?? null, comment: opts.comment ?? null },
    locale: "en",
    answeredAt: at,
    receivedAt: at,
  });
  await storeAnswers([
    {
      response: row,
      choices: [],
      record: {
        orgId: opts.orgId,
        timeZone: org.timeZone,
        responseId: row.id,
        answeredAt: at,
        nps: row.nps,
        csat: row.csat,
        ces: row.ces,
        touchpointId: opts.touchpointId,
        credits,
      },
      about: answerContext({ interactionRef: interaction.ref, touchpoint: interaction.touchpoint.slug, credits }),
    },
  ]);
  const response = await db.response.findUniqueOrThrow({ where: { id: row.id } });
  return { interaction, response };
}
