// The staff "new interaction" screen: the signed-in person (credited in their own kind, frontline
// or back-office) and the colleagues they pick become the interaction's named contributors; attribution rules add the rest when
// createInteraction takes its snapshot. Colleagues are picked by id and resolved here inside
// the actor's org, so a forged id from another org is refused.
import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";
import { db } from "../db";
import type { Actor } from "../auth/authorize";
import { createInteraction } from "../interactions/create";
import { InteractionInputError } from "../interactions/errors";
import { qrSvg } from "../interactions/qr";
import { surveyUrl } from "../interactions/links";
import { customerKeySchema } from "../interactions/schema";
import { surveyAfterFor } from "../interactions/throttle";
import { usualTouchpoint } from "./usual-touchpoint";

export const newInteractionSchema = z.object({
  touchpoint: z.string().trim().min(1, "pick a touchpoint").max(64, "must be at most 64 characters"),
  coContributors: z
    .array(
      z.object({
        userId: z.string().min(1).max(64),
        role: z.enum(["frontline", "backoffice"], { error: "must be frontline or backoffice" }),
      }),
    )
    .max(20, "must hold at most 20 people")
    .default([]),
  // The loyalty number or hash the till shows, when there is one: a customer asked recently is not asked again.
  customer: z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
    customerKeySchema.optional(),
  ),
});
export type NewInteractionInput = z.input<typeof newInteractionSchema>;

type Who = Pick<Actor, "userId" | "orgId" | "email">;

export async function newInteractionOptions(actor: Who) {
  const [touchpoints, colleagues] = await Promise.all([
    db.touchpoint.findMany({
      where: { orgId: actor.orgId, active: true },
      select: { slug: true, name: true },
      orderBy: { name: "asc" },
    }),
    db.user.findMany({
      where: { orgId: actor.orgId, active: true, id: { not: actor.userId } },
      select: { id: true, name: true, kind: true, team: { select: { name: true } } },
      orderBy: { name: "asc" },
    }),
  ]);
  return {
    touchpoints,
    defaultTouchpoint: await usualTouchpoint(actor, touchpoints),
    colleagues: colleagues.map((c) => ({ id: c.id, name: c.name, kind: c.kind, team: c.team?.name ?? null })),
  };
}

export async function startStaffInteraction(actor: Who, input: unknown, baseUrl: string): Promise<{ id: string }> {
  const data = newInteractionSchema.parse(input);
  const ids = [...new Set(data.coContributors.map((c) => c.userId))].filter((id) => id !== actor.userId);
  const [people, me] = await Promise.all([
    db.user.findMany({
      where: { orgId: actor.orgId, active: true, id: { in: ids } },
      select: { id: true, email: true },
    }),
    db.user.findFirst({ where: { id: actor.userId, orgId: actor.orgId }, select: { kind: true } }),
  ]);
  const emailOf = new Map(people.map((p) => [p.id, p.email]));
  // The creator is credited as what they are: a baker who hands over an order is back-office.
  const myRole = me?.kind === "backoffice" ? "backoffice" : "frontline";
  const contributors: { email: string; role: "frontline" | "backoffice" }[] = [{ email: actor.email, role: myRole }];
  data.coContributors.forEach((c, i) => {
    if (c.userId === actor.userId || contributors.some((x) => x.email === emailOf.get(c.userId))) return;
    const email = emailOf.get(c.userId);
    if (!email)
      throw new InteractionInputError(
        `coContributors[${i}].userId`,
        "no active colleague with this id in your organization",
      );
    contributors.push({ email, role: c.role });
  });
  const created = await createInteraction(
    actor.orgId,
    {
      ref: `staff-${randomBytes(9).toString("base64url")}`,
      touchpoint: data.touchpoint,
      contributors,
      customer: data.customer ? staffCustomerKey(actor.orgId, data.customer) : undefined,
    },
    { baseUrl, source: "staff", createdById: actor.userId },
  );
  return { id: created.id };
}

/**
 * The number staff type (a loyalty card, a phone's last digits) is never stored in clear: it
 * becomes an opaque per-organisation key, as docs/interchange.md asks of every customer key.
 */
export function staffCustomerKey(orgId: string, typed: string): string {
  const normal = typed.replace(/\s+/g, "").toLowerCase();
  return `staff-${createHash("sha256").update(`${orgId}\u0000${normal}`).digest("hex").slice(0, 32)}`;
}

export type InteractionCard =
  | { throttled: true; surveyAfter: Date; touchpoint: string; credited: { name: string; role: string }[] }
  | {
      throttled: false;
      url: string;
      qr: string;
      touchpoint: string;
      expiresAt: Date;
      answered: boolean;
      credited: { name: string; role: string }[];
    };

/** The created interaction's link and QR, for the person who created it only (no link when throttled). */
export async function staffInteractionCard(actor: Who, id: string, baseUrl: string): Promise<InteractionCard | null> {
  const i = await db.interaction.findFirst({
    where: { id, orgId: actor.orgId, createdById: actor.userId },
    select: {
      id: true,
      code: true,
      expiresAt: true,
      usedAt: true,
      occurredAt: true,
      throttled: true,
      customer: true,
      org: { select: { customerQuietDays: true } },
      touchpoint: { select: { name: true } },
      contributions: { orderBy: { id: "asc" }, select: { role: true, user: { select: { name: true } } } },
    },
  });
  if (!i) return null;
  const credited = i.contributions.map((c) => ({ name: c.user.name, role: c.role }));
  if (i.throttled) {
    const after = await surveyAfterFor(db, {
      orgId: actor.orgId,
      customer: i.customer,
      at: i.occurredAt,
      quietDays: i.org.customerQuietDays,
      excludeId: i.id,
    });
    return { throttled: true, surveyAfter: after ?? new Date(), touchpoint: i.touchpoint.name, credited };
  }
  const url = surveyUrl(baseUrl, i.code);
  return {
    throttled: false,
    url,
    qr: await qrSvg(url),
    touchpoint: i.touchpoint.name,
    expiresAt: i.expiresAt,
    answered: i.usedAt !== null,
    credited,
  };
}

/** Whether the customer has answered; null when the interaction is not one this person started. */
export async function staffInteractionAnswered(actor: Who, id: string): Promise<boolean | null> {
  const i = await db.interaction.findFirst({
    where: { id, orgId: actor.orgId, createdById: actor.userId },
    select: { usedAt: true },
  });
  return i ? i.usedAt !== null : null;
}
