// Kiosk answers carry the touchpoint's slug instead of a code and a kiosk key. Each answer
// becomes its own interaction, ref "kiosk-<response id>", so a retried answer finds the one it
// made; the interaction (credited by the touchpoint's rules at the moment the customer answered)
// and the response are written in the same transaction. The touchpoint, its rules and template
// are read once per request (KioskCache), so a kiosk flushing its backlog pays for them once.
import type { KeyPrincipal } from "../auth/api-key";
import { db } from "../db";
import { expandAttribution, localMinutes } from "../attribution/expand";
import { loadAttributionInputs, type AttributionInputs } from "../attribution/snapshot";
import { onShiftNow } from "../shifts/on-shift";
import { linkExpiry, newSurveyCode } from "../interactions/code";
import { latestTemplateVersionId } from "../interactions/template-version";
import { choiceProblem, choicesByQuestion, templateForChoices, type QuestionChoice } from "./choices";
import { kioskOrigin } from "../gaming/origin";
import { reject } from "./result";
import type { ParsedResponse } from "./schema";
import { hotRead, newRowId } from "./sql";
import { answerContext, responseRow, type Prepared } from "./store";
import type { TemplateDefinition } from "../surveys/template-schema";

type KioskTouchpoint = {
  id: string;
  slug: string;
  active: boolean;
  templateId: string | null;
  templateVersionId: string | null;
  org: { timeZone: string; defaultLocale: string; linkTtlDays: number };
  attribution: AttributionInputs;
  /** The people the rules can credit, for the events about an answer. */
  people: Map<string, { email: string; name: string; kind: string }>;
  template?: TemplateDefinition;
};
export type KioskCache = Map<string, KioskTouchpoint | null>;

async function kioskTouchpoint(kiosk: KeyPrincipal, cache: KioskCache): Promise<KioskTouchpoint | null> {
  const key = `${kiosk.orgId}:${kiosk.touchpointId}`;
  if (cache.has(key)) return cache.get(key) ?? null;
  const tp = kiosk.touchpointId
    ? await db.touchpoint.findFirst({
        where: { id: kiosk.touchpointId, orgId: kiosk.orgId },
        select: {
          id: true,
          slug: true,
          active: true,
          templateId: true,
          org: { select: { timeZone: true, defaultLocale: true, linkTtlDays: true } },
        },
      })
    : null;
  let out: KioskTouchpoint | null = null;
  if (tp) {
    const attribution = await loadAttributionInputs(db, { orgId: kiosk.orgId, touchpointId: tp.id });
    const people = await db.user.findMany({
      where: { orgId: kiosk.orgId, id: { in: attribution.members.map((m) => m.userId) } },
      select: { id: true, email: true, name: true, kind: true },
    });
    out = {
      ...tp,
      templateVersionId: await latestTemplateVersionId(db, kiosk.orgId, tp.templateId),
      attribution,
      people: new Map(people.map((p) => [p.id, p])),
    };
  }
  cache.set(key, out);
  return out;
}

/** Answers already stored, by id, with their interaction's org and ref: one query for a whole batch. */
export type KnownAnswers = { checked: Set<string>; stored: Map<string, { orgId: string; ref: string }> };

export async function storedAnswers(ids: string[]): Promise<Map<string, { orgId: string; ref: string }>> {
  const out = new Map<string, { orgId: string; ref: string }>();
  for (let start = 0; start < ids.length; start += 500) {
    const part = ids.slice(start, start + 500);
    const rows = await hotRead(
      `SELECT r."id", i."orgId", i."ref" FROM "Response" r JOIN "Interaction" i ON i."id" = r."interactionId" WHERE r."id" IN (${part.map(() => "?").join(", ")})`,
      part,
    );
    for (const row of rows) out.set(row.id as string, { orgId: row.orgId as string, ref: row.ref as string });
  }
  return out;
}

export async function prepareKiosk(
  r: ParsedResponse,
  slug: string,
  kiosk: KeyPrincipal | null,
  now: Date,
  cache: KioskCache,
  known?: KnownAnswers,
): Promise<Prepared> {
  if (!kiosk || kiosk.scope !== "kiosk")
    return reject(401, "touchpoint", "answers without a code need Authorization: Bearer <kiosk key>");
  const tp = await kioskTouchpoint(kiosk, cache);
  if (!tp) return reject(403, "touchpoint", "this kiosk key is not tied to a touchpoint");
  if (tp.slug !== slug) return reject(403, "touchpoint", `this kiosk key answers for "${tp.slug}" only`);

  const ref = `kiosk-${r.id}`;
  const stored = known?.checked.has(r.id) ? known.stored.get(r.id) : (await storedAnswers([r.id])).get(r.id);
  if (stored)
    return stored.orgId === kiosk.orgId && stored.ref === ref
      ? { status: "duplicate", id: r.id }
      : reject(409, "id", "is already used by an answer to another survey");
  if (!tp.active) return reject(422, "touchpoint", "is no longer active");

  // The kiosk's clock says when the customer answered; never later than receipt.
  const answeredAt = new Date(Math.min(r.answeredAt ? Date.parse(r.answeredAt) : now.getTime(), now.getTime()));
  let choices: QuestionChoice[] = [];
  if (r.answers.choices?.length) {
    tp.template ??= await templateForChoices(kiosk.orgId, tp.templateVersionId, tp.templateId);
    const problem = choiceProblem(tp.template, r.answers.choices);
    if (problem) return reject(422, `answers.choices[${problem.index}]`, problem.rule);
    choices = choicesByQuestion(tp.template, r.answers.choices);
  }

  const contributions = expandAttribution({
    ...tp.attribution,
    touchpointId: tp.id,
    localMinutes: localMinutes(answeredAt, tp.org.timeZone),
    tags: [],
    named: [],
    // Read per answer, not cached: people check in and out all day.
    onShift: await onShiftNow(tp.id, answeredAt),
  });
  const interactionId = newRowId();
  const response = responseRow({
    id: r.id,
    orgId: kiosk.orgId,
    interactionId,
    templateVersionId: tp.templateVersionId,
    answers: r.answers,
    locale: r.locale ?? tp.org.defaultLocale,
    answeredAt,
    receivedAt: now,
    origin: kioskOrigin(kiosk.keyId),
  });
  const about = answerContext({
    interactionRef: ref,
    touchpoint: tp.slug,
    credits: contributions.flatMap((c) => {
      const person = tp.people.get(c.userId);
      return person ? [{ ...person, role: c.role, weight: c.weight }] : [];
    }),
  });
  return {
    status: "write",
    plan: {
      response,
      choices,
      about,
      kioskRef: { orgId: kiosk.orgId, ref },
      newInteraction: {
        id: interactionId,
        orgId: kiosk.orgId,
        ref,
        touchpointId: tp.id,
        templateVersionId: tp.templateVersionId,
        occurredAt: answeredAt,
        locale: r.locale ?? null,
        source: "kiosk",
        code: newSurveyCode(),
        expiresAt: linkExpiry(answeredAt, tp.org.linkTtlDays),
        usedAt: now,
        createdAt: now,
        contributions: contributions.map((c) => ({
          userId: c.userId,
          role: c.role,
          weight: c.weight,
          teamId: c.teamId,
          ruleId: c.ruleId ?? null,
          reason: c.reason,
        })),
      },
      record: {
        orgId: kiosk.orgId,
        timeZone: tp.org.timeZone,
        responseId: r.id,
        answeredAt,
        nps: response.nps,
        csat: response.csat,
        ces: response.ces,
        touchpointId: tp.id,
        credits: contributions.map((c) => ({ userId: c.userId, teamId: c.teamId, weight: c.weight })),
      },
    },
  };
}
