// Choice answers must be options the customer was actually shown: those of the interaction's
// template version (else the template the survey page falls back to), one per single-choice question.
import { db } from "../db";
import { currentTemplate } from "../surveys/lookup";
import { parseTemplateDefinition, type TemplateDefinition } from "../surveys/template-schema";

export function choiceProblem(template: TemplateDefinition, choices: string[]): { index: number; rule: string } | null {
  const questionOf = new Map<string, { id: string; multiple: boolean }>();
  for (const q of template.questions)
    if (q.kind === "choice") for (const o of q.options) questionOf.set(o.id, { id: q.id, multiple: q.multiple });
  const picked = new Map<string, number>();
  for (const [index, c] of choices.entries()) {
    const q = questionOf.get(c);
    if (!q)
      return {
        index,
        rule: questionOf.size ? "is not an option of this survey" : "this survey has no choice question",
      };
    if (choices.indexOf(c) !== index) return { index, rule: "is repeated" };
    const n = (picked.get(q.id) ?? 0) + 1;
    if (!q.multiple && n > 1) return { index, rule: `question "${q.id}" takes one option only` };
    picked.set(q.id, n);
  }
  return null;
}

/** A chosen option under the question it belongs to: one ResponseChoice row. */
export type QuestionChoice = { questionId: string; optionId: string };

/** The chosen option ids, each under its question in the template (checked by choiceProblem first). */
export function choicesByQuestion(template: TemplateDefinition, choices: string[] | undefined): QuestionChoice[] {
  if (!choices?.length) return [];
  const questionOf = new Map<string, string>();
  for (const q of template.questions) if (q.kind === "choice") for (const o of q.options) questionOf.set(o.id, q.id);
  return choices.flatMap((optionId) => {
    const questionId = questionOf.get(optionId);
    return questionId ? [{ questionId, optionId }] : [];
  });
}

export async function templateForChoices(
  orgId: string,
  templateVersionId: string | null,
  touchpointTemplateId: string | null,
): Promise<TemplateDefinition> {
  if (templateVersionId) {
    const v = await db.surveyTemplateVersion.findUnique({
      where: { id: templateVersionId },
      select: { definition: true },
    });
    const def = parseTemplateDefinition(v?.definition);
    if (def) return def;
  }
  return currentTemplate(orgId, touchpointTemplateId);
}
