// Creating an interaction: the visit, order or ticket a survey link belongs to, with its
// contribution snapshot taken now (lib/attribution). Used by the API, the staff "new interaction"
// screen, the poster scan route and (inside its own transaction) kiosk ingest.
import { db, type Prisma } from "../db";
import { contributionSnapshot } from "../attribution/snapshot";
import { linkExpiry, newSurveyCode } from "./code";
import { InteractionInputError } from "./errors";
import { surveyQrSvgUrl, surveyUrl } from "./links";
import { interactionInputSchema, type InteractionInput, type ParsedInteractionInput } from "./schema";
import { latestTemplateVersionId } from "./template-version";

export type InteractionSource = "api" | "staff" | "poster" | "kiosk" | "import";
export type CreateContext = { baseUrl: string; source?: InteractionSource; createdById?: string | null; now?: Date };
export type CreatedInteraction = {
  id: string;
  ref: string;
  code: string;
  url: string;
  qrSvgUrl: string;
  expiresAt: string;
  created: boolean;
};

type Tx = Prisma.TransactionClient;
type Row = { id: string; ref: string; code: string; expiresAt: Date };
const rowSelect = { id: true, ref: true, code: true, expiresAt: true } as const;

/** Parses like every door does; throws InteractionInputError naming the field. */
export function parseInteractionInput(input: unknown): ParsedInteractionInput {
  const parsed = interactionInputSchema.safeParse(input);
  if (!parsed.success) throw InteractionInputError.fromZod(parsed.error);
  return parsed.data;
}

/**
 * Idempotent by (orgId, ref): the same ref returns the existing interaction with created:false,
 * also when two requests race (the loser hits the unique index and re-reads).
 */
export async function createInteraction(
  orgId: string,
  input: InteractionInput,
  ctx: CreateContext,
): Promise<CreatedInteraction> {
  const data = parseInteractionInput(input);
  const existing = await findByRef(db, orgId, data.ref);
  if (existing) return present(existing, ctx.baseUrl, false);
  for (let attempt = 0; ; attempt++) {
    try {
      return present(await insertInteraction(db, orgId, data, ctx), ctx.baseUrl, true);
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      const again = await findByRef(db, orgId, data.ref);
      if (again) return present(again, ctx.baseUrl, false);
      if (attempt >= 2) throw error; // a survey-code collision three times running is not chance
    }
  }
}

export function findByRef(tx: Tx, orgId: string, ref: string): Promise<Row | null> {
  return tx.interaction.findUnique({ where: { orgId_ref: { orgId, ref } }, select: rowSelect });
}

/** Validates the references and writes the interaction with its snapshot in one statement. */
export async function insertInteraction(
  tx: Tx,
  orgId: string,
  data: ParsedInteractionInput,
  ctx: Omit<CreateContext, "baseUrl">,
): Promise<Row> {
  const now = ctx.now ?? new Date();
  const org = await tx.organization.findUniqueOrThrow({
    where: { id: orgId },
    select: { timeZone: true, linkTtlDays: true },
  });
  const touchpoint = await tx.touchpoint.findUnique({
    where: { orgId_slug: { orgId, slug: data.touchpoint } },
    select: { id: true, active: true, templateId: true },
  });
  if (!touchpoint || !touchpoint.active)
    throw new InteractionInputError("touchpoint", `no active touchpoint "${data.touchpoint}" in this organization`);

  const emails = [...new Set(data.contributors.map((c) => c.email))];
  const people = emails.length
    ? await tx.user.findMany({
        where: { orgId, email: { in: emails }, active: true },
        select: { id: true, email: true },
      })
    : [];
  const idByEmail = new Map(people.map((p) => [p.email, p.id]));
  const named = data.contributors.map((c, i) => {
    const userId = idByEmail.get(c.email);
    if (!userId) throw new InteractionInputError(`contributors[${i}].email`, "no active staff member with this email");
    return { userId, role: c.role, weight: c.weight };
  });

  const occurredAt = data.occurredAt ? new Date(data.occurredAt) : now;
  if (occurredAt.getTime() > now.getTime() + 10 * 60_000)
    throw new InteractionInputError("occurredAt", "must not be in the future");
  const snapshot = await contributionSnapshot(tx, {
    orgId,
    timeZone: org.timeZone,
    touchpointId: touchpoint.id,
    at: occurredAt,
    tags: data.tags,
    named,
  });

  return tx.interaction.create({
    data: {
      orgId,
      ref: data.ref,
      touchpointId: touchpoint.id,
      templateVersionId: await latestTemplateVersionId(tx, orgId, touchpoint.templateId),
      occurredAt,
      locale: data.locale ?? null,
      tags: [...new Set(data.tags)].join(","),
      source: ctx.source ?? "api",
      code: newSurveyCode(),
      expiresAt: linkExpiry(occurredAt, org.linkTtlDays),
      createdById: ctx.createdById ?? null,
      contributions: {
        create: snapshot.map((c) => ({
          orgId,
          userId: c.userId,
          role: c.role,
          weight: c.weight,
          teamId: c.teamId,
          ruleId: c.ruleId ?? null,
        })),
      },
    },
    select: rowSelect,
  });
}

export function present(row: Row, baseUrl: string, created: boolean): CreatedInteraction {
  return {
    id: row.id,
    ref: row.ref,
    code: row.code,
    url: surveyUrl(baseUrl, row.code),
    qrSvgUrl: surveyQrSvgUrl(baseUrl, row.code),
    expiresAt: row.expiresAt.toISOString(),
    created,
  };
}

/** P2002 from the ORM, or P2010 wrapping the driver's unique violation from a raw statement. */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const e = error as { code?: unknown; meta?: { driverAdapterError?: { cause?: { kind?: unknown } } } };
  return e.code === "P2002" || e.meta?.driverAdapterError?.cause?.kind === "UniqueConstraintViolation";
}
