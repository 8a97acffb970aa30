// Ingest: one customer answer in, idempotent by its client-generated id; HTTP contracts in lib/http/ENDPOINTS.md.
// - the same id again: {status: "duplicate"}, nothing stored;
// - a different answer to an answered link: 409; unknown code: 404; expired link: 410, except an
//   answer given offline before expiry (answeredAt < expiresAt) that arrives within OFFLINE_GRACE_DAYS;
// - answeredAt is clamped to [interaction time, receipt time] (docs/scoring.md "Time").
// Checking (prepare*) and writing (writePlan) are separate so a batch can write many answers in
// one transaction (lib/responses/ingest-many.ts).
import type { KeyPrincipal } from "../auth/api-key";
import { fieldIssues } from "../validation";
import type { Limits } from "../http/limits";
import { choiceProblem, choicesByQuestion, templateForChoices, type QuestionChoice } from "./choices";
import { prepareKiosk, type KioskCache, type KnownAnswers } from "./kiosk";
import { reject, type IngestResult } from "./result";
import { isLowScore, responseInputSchema, type ParsedResponse } from "./schema";
import { findLink } from "./sql";
import { fastParseResponse } from "./fast-parse";
import { originOf } from "../gaming/origin";
import { sharedCommitter } from "./group-commit";
import { answerContext, responseRow, type Prepared } from "./store";

export type { IngestResult } from "./result";
export type IngestContext = {
  now?: Date;
  ip?: string;
  kiosk?: KeyPrincipal | null;
  /** The link's rate limit; absent or false: not limited here (the HTTP layer passes its limits). */
  limits?: Limits | false;
  kioskCache?: KioskCache;
  known?: KnownAnswers;
};

export const OFFLINE_GRACE_DAYS = 30;
const DAY_MS = 86_400_000;

export async function ingestResponse(input: unknown, ctx: IngestContext = {}): Promise<IngestResult> {
  const prepared = await prepareResponse(input, ctx);
  if (prepared.status !== "write") return prepared;
  return sharedCommitter().write(prepared.plan);
}

/** Everything but the write: validation, limits, lookups. Returns the result, or what to write. */
export async function prepareResponse(input: unknown, ctx: IngestContext = {}): Promise<Prepared> {
  const now = ctx.now ?? new Date();
  let r = fastParseResponse(input);
  if (!r) {
    const parsed = responseInputSchema.safeParse(input);
    if (!parsed.success) {
      const [first] = fieldIssues(parsed.error);
      return reject(422, first.field, first.rule);
    }
    r = parsed.data;
  }
  // A kiosk is a shared screen: nobody should type their phone number where the next customer stands.
  if (r.code === undefined && r.callback) return reject(422, "callback", "is not taken at a kiosk");
  if (r.code === undefined)
    return prepareKiosk(r, r.touchpoint as string, ctx.kiosk ?? null, now, ctx.kioskCache ?? new Map(), ctx.known);

  if (ctx.limits) {
    const take = await ctx.limits.code.take(r.code);
    if (!take.ok) return reject(429, "code", "too many answers to this link; try again shortly", take.retryAfterSec);
  }
  return prepareByCode(r, r.code, now, ctx.ip);
}

async function prepareByCode(r: ParsedResponse, code: string, now: Date, ip?: string): Promise<Prepared> {
  const ix = await findLink(code);
  if (!ix) return reject(404, "code", "no survey with this code");
  if (ix.responseId)
    return ix.responseId === r.id
      ? { status: "duplicate", id: r.id }
      : reject(409, "code", "this survey has already been answered");

  const claimed = r.answeredAt ? new Date(r.answeredAt) : now;
  if (now.getTime() >= ix.expiresAt.getTime()) {
    const answeredOfflineInTime =
      r.answeredAt !== undefined &&
      claimed.getTime() < ix.expiresAt.getTime() &&
      now.getTime() - ix.expiresAt.getTime() <= OFFLINE_GRACE_DAYS * DAY_MS;
    if (!answeredOfflineInTime) return reject(410, "code", "this survey link has expired");
  }
  const answeredAt = new Date(Math.min(Math.max(claimed.getTime(), ix.occurredAt.getTime()), now.getTime()));

  let choices: QuestionChoice[] = [];
  if (r.answers.choices?.length) {
    const template = await templateForChoices(ix.orgId, ix.templateVersionId, ix.touchpointTemplateId);
    const problem = choiceProblem(template, r.answers.choices);
    if (problem) return reject(422, `answers.choices[${problem.index}]`, problem.rule);
    choices = choicesByQuestion(template, r.answers.choices);
  }

  const response = responseRow({
    id: r.id,
    orgId: ix.orgId,
    interactionId: ix.id,
    templateVersionId: ix.templateVersionId,
    answers: r.answers,
    locale: r.locale ?? ix.locale ?? ix.defaultLocale,
    answeredAt,
    receivedAt: now,
    origin: originOf(ix.orgId, { ip }),
  });
  // The contribution snapshot is immutable, so it was read with the link, outside the write transaction.
  const record = {
    orgId: ix.orgId,
    timeZone: ix.timeZone,
    responseId: r.id,
    answeredAt,
    nps: response.nps,
    csat: response.csat,
    ces: response.ces,
    touchpointId: ix.touchpointId,
    credits: ix.credits,
  };
  if (r.callback && !isLowScore(response))
    return reject(422, "callback", "is only taken with a low score (NPS 0–6 or CSAT 1–2)");
  const about = answerContext({ interactionRef: ix.ref, touchpoint: ix.touchpointSlug, credits: ix.credits });
  return { status: "write", plan: { response, choices, record, about, callback: r.callback?.contact } };
}
