// What customers mention a person for (docs/scoring.md "Attributes"): for each choice question,
// the contribution-weighted share of the answers crediting the person that chose each option,
// with n and count. Only the person's own answers: the Actor decides whose, never the request.
import "server-only";
import type { Actor } from "../auth/authorize";
import { db } from "../db";
import { choiceQuestions } from "../interchange/export-additions";
import { CHOICES_SELECT, groupChoices } from "../responses/read-choices";
import { addAdditions, additionsFromSums, emptyAdditions } from "../scoring/additions";
import { MIN_ANSWERS } from "../scoring/scores";
import { DEFAULT_TEMPLATE, parseTemplateDefinition, type TemplateDefinition } from "../surveys/template-schema";
import type { Period } from "./period";
import { subjectChoiceSums } from "../reports/rollup-additions";
import { daysFor } from "../rollups/queries";
import { isDayAligned } from "../time/period";

export type AttributeShare = { option: string; label: string; share: number; count: number };
export type AttributeQuestion = { question: string; label: string; n: number; options: AttributeShare[] };

/**
 * Question and option labels (English, the staff app's language) from the organisation's templates,
 * keyed "question" and "question/option"; `asked` holds every question kind some version asks.
 */
export async function choiceLabels(orgId: string) {
  const versions = await db.surveyTemplateVersion.findMany({
    where: { template: { orgId } },
    orderBy: { version: "asc" },
    select: { definition: true },
  });
  const defs = [DEFAULT_TEMPLATE, ...versions.map((v) => parseTemplateDefinition(v.definition))].filter(
    (d): d is TemplateDefinition => d !== null,
  );
  const out = new Map<string, string>();
  const asked = new Set<string>();
  for (const def of defs.length > 1 ? defs.slice(1) : defs) for (const q of def.questions) asked.add(q.kind);
  for (const def of defs)
    for (const q of def.questions) {
      if (q.kind !== "choice") continue;
      out.set(q.id, q.text.en);
      for (const o of q.options) out.set(`${q.id}/${o.id}`, o.text.en);
    }
  return Object.assign(out, { asked });
}

export async function myAttributes(
  actor: Pick<Actor, "userId" | "orgId">,
  period: Period,
): Promise<AttributeQuestion[]> {
  const [{ zone, days }, catalog, names] = await Promise.all([
    daysFor(actor.orgId, period),
    choiceQuestions(actor.orgId),
    choiceLabels(actor.orgId),
  ]);
  // The feed's periods start and end at local midnight: the person's daily choice rollups answer
  // them in one grouped read. Any other period is summed from the person's credited answers.
  const sums = isDayAligned(period, zone)
    ? await subjectChoiceSums(actor.orgId, days, { subjectType: "user", subjectId: actor.userId }, catalog.order)
    : await choiceSumsFromAnswers(actor, period);
  const byQuestion = new Map<string, AttributeQuestion>();
  for (const a of additionsFromSums(sums, catalog.order).attributes ?? []) {
    let q = byQuestion.get(a.question);
    if (!q)
      byQuestion.set(
        a.question,
        (q = { question: a.question, label: names.get(a.question) ?? a.question, n: a.n, options: [] }),
      );
    q.options.push({
      option: a.option,
      label: names.get(`${a.question}/${a.option}`) ?? a.option,
      share: a.share,
      count: a.count,
    });
  }
  for (const q of byQuestion.values()) q.options.sort((x, y) => y.share - x.share);
  return [...byQuestion.values()];
}

export const showable = (q: AttributeQuestion) => q.n >= MIN_ANSWERS;

async function choiceSumsFromAnswers(actor: Pick<Actor, "userId" | "orgId">, period: Period) {
  const answeredAt = { ...(period.from ? { gte: period.from } : {}), ...(period.to ? { lt: period.to } : {}) };
  const credits = await db.contribution.findMany({
    where: {
      orgId: actor.orgId,
      userId: actor.userId,
      excludedAt: null,
      interaction: { response: { is: { answeredAt, excludedAt: null, responseChoices: { some: {} } } } },
    },
    select: {
      weight: true,
      interaction: { select: { response: { select: CHOICES_SELECT } } },
    },
  });
  const sums = emptyAdditions();
  for (const c of credits) {
    const r = c.interaction.response;
    if (r) addAdditions(sums, { choices: groupChoices(r.responseChoices) }, c.weight);
  }
  return sums;
}
