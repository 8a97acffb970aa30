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
import { surveyAfterFor } from "./throttle";

export type InteractionSource = "api" | "staff" | "poster" | "kiosk" | "import";
export type CreateContext = {
  baseUrl: string;
  source?: InteractionSource;
  createdById?: string | null;
  now?: Date;
  /**
   * Refuse an interaction whose survey link would be expired on arrival (the API: a caller sending a
   * stale visit learns it at once instead of handing out a dead link). History goes through the import.
   */
  refuseExpired?: boolean;
};
export type LinkedInteraction = {
  id: string;
  ref: string;
  code: string;
  url: string;
  qrSvgUrl: string;
  expiresAt: string;
  created: boolean;
  throttled: false;
};
/** The customer was asked recently: stored and credited, but no link to hand out until surveyAfter. */
export type ThrottledInteraction = { id: string; ref: string; created: boolean; throttled: true; surveyAfter: string };
export type CreatedInteraction = LinkedInteraction | ThrottledInteraction;

type Tx = Prisma.TransactionClient;
type Row = { id: string; ref: string; code: string; expiresAt: Date; throttled: boolean; surveyAfter?: Date | null };
const rowSelect = { id: true, ref: true, code: true, expiresAt: true, throttled: true } as const;

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
  input: InteractionInput & { customer?: undefined },
  ctx: CreateContext,
): Promise<LinkedInteraction>;
export async function createInteraction(
  orgId: string,
  input: InteractionInput,
  ctx: CreateContext,
): Promise<CreatedInteraction>;
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

/** The interaction with this ref; for a throttled one, when its customer may next be asked. */
export async function findByRef(tx: Tx, orgId: string, ref: string): Promise<Row | null> {
  const row = await tx.interaction.findUnique({
    where: { orgId_ref: { orgId, ref } },
    select: { ...rowSelect, id: true, customer: true, occurredAt: true, org: { select: { customerQuietDays: true } } },
  });
  if (!row) return null;
  const { customer, occurredAt, org, ...out } = row;
  if (!out.throttled) return out;
  const surveyAfter = await surveyAfterFor(tx, {
    orgId,
    customer,
    at: occurredAt,
    quietDays: org.customerQuietDays,
    excludeId: out.id,
  });
  return { ...out, surveyAfter };
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
    select: { timeZone: true, linkTtlDays: true, customerQuietDays: true },
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
  if (ctx.refuseExpired && linkExpiry(occurredAt, org.linkTtlDays).getTime() <= now.getTime())
    throw new InteractionInputError(
      "occurredAt",
      `must be less than ${org.linkTtlDays} days ago: survey links last ${org.linkTtlDays} days, so this one would already have expired (bring older visits in with the import)`,
    );
  const surveyAfter = await surveyAfterFor(tx, {
    orgId,
    customer: data.customer,
    at: occurredAt,
    quietDays: org.customerQuietDays,
  });
  const snapshot = await contributionSnapshot(tx, {
    orgId,
    timeZone: org.timeZone,
    touchpointId: touchpoint.id,
    at: occurredAt,
    tags: data.tags,
    named,
  });

  const row = await tx.interaction.create({
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
      // A throttled interaction's link is closed from the start, should its code ever leak.
      expiresAt: surveyAfter ? occurredAt : linkExpiry(occurredAt, org.linkTtlDays),
      createdById: ctx.createdById ?? null,
      customer: data.customer ?? null,
      throttled: surveyAfter !== null,
      contributions: {
        create: snapshot.map((c) => ({
          orgId,
          userId: c.userId,
          role: c.role,
          weight: c.weight,
          teamId: c.teamId,
          ruleId: c.ruleId ?? null,
          reason: c.reason,
        })),
      },
    },
    select: rowSelect,
  });
  return { ...row, surveyAfter };
}

export function present(row: Row, baseUrl: string, created: boolean): CreatedInteraction {
  if (row.throttled)
    return {
      id: row.id,
      ref: row.ref,
      created,
      throttled: true,
      // Without a later un-throttled ask on record the quiet period has already passed: "now".
      surveyAfter: (row.surveyAfter ?? new Date()).toISOString(),
    };
  return {
    id: row.id,
    ref: row.ref,
    code: row.code,
    url: surveyUrl(baseUrl, row.code),
    qrSvgUrl: surveyQrSvgUrl(baseUrl, row.code),
    expiresAt: row.expiresAt.toISOString(),
    created,
    throttled: false,
  };
}

/** P2002 from the ORM, or P2010 wrapping the driver's unique violation from a raw statement. */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const e = error as { code?: unknown; meta?: { driverAdapterError?: { cause?: { kind?: unknown } } } };
  return (
    e.code === "P2002" ||
    e.meta?.driverAdapterError?.cause?.kind === "UniqueConstraintViolation" ||
    // the same raised by the raw drivers (lib/db/raw.ts): better-sqlite3 and PostgreSQL's unique_violation
    e.code === "SQLITE_CONSTRAINT_UNIQUE" ||
    e.code === "SQLITE_CONSTRAINT_PRIMARYKEY" ||
    e.code === "23505"
  );
}
