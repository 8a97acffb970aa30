// The choice questions an import brings (docs/interchange.md "Additions"): merged into the
// organisation's template, so answers keep their question and option ids. Pure.
import { LOCALES } from "../orgs/schema";
import {
  templateDefinitionSchema,
  type ChoiceQuestion,
  type LocalizedText,
  type TemplateDefinition,
} from "../surveys/template-schema";
import type { InterchangeQuestion } from "./schema";

/** What a template offers to choose: question id → whether several options may be picked, and the option ids. */
export type ChoiceCatalog = Map<string, { kind: string; multiple: boolean; options: Set<string> }>;

export function catalogOf(def: TemplateDefinition | null): ChoiceCatalog {
  const out: ChoiceCatalog = new Map();
  for (const q of def?.questions ?? [])
    out.set(q.id, {
      kind: q.kind,
      multiple: q.kind === "choice" && q.multiple,
      options: new Set(q.kind === "choice" ? q.options.map((o) => o.id) : []),
    });
  return out;
}

/** A text in every locale; languages the file leaves out show the English text until translated. */
function fullText(text: InterchangeQuestion["text"]): LocalizedText {
  const t = text as Record<string, string | undefined>;
  return Object.fromEntries(LOCALES.map((l) => [l, t[l] ?? t.en])) as LocalizedText;
}

/**
 * The template with the file's questions and options added (existing texts are kept: the
 * template's own translations win). Null when nothing is new. Throws a list of problems when
 * the result would not be a valid template (too many questions, an option id used twice).
 */
export function mergeQuestions(def: TemplateDefinition, questions: InterchangeQuestion[]): TemplateDefinition | null {
  const next = structuredClone(def);
  let changed = false;
  for (const q of questions) {
    const have = next.questions.find((x) => x.id === q.id) as ChoiceQuestion | undefined;
    if (!have) {
      const added: ChoiceQuestion = {
        id: q.id,
        kind: "choice",
        multiple: q.multiple,
        text: fullText(q.text),
        options: q.options.map((o) => ({ id: o.id, text: fullText(o.text) })),
      };
      // Before the comment, which stays last on the page.
      const at = next.questions.findIndex((x) => x.kind === "comment");
      next.questions.splice(at === -1 ? next.questions.length : at, 0, added);
      changed = true;
      continue;
    }
    for (const o of q.options)
      if (!have.options.some((x) => x.id === o.id)) {
        have.options.push({ id: o.id, text: fullText(o.text) });
        changed = true;
      }
  }
  if (!changed) return null;
  const parsed = templateDefinitionSchema.safeParse(next);
  if (!parsed.success)
    throw new TemplateMergeError(
      parsed.error.issues.map((i) => `questions: adding them to the template: ${i.path.join(".")} ${i.message}`),
    );
  return parsed.data;
}

export class TemplateMergeError extends Error {
  constructor(readonly lines: string[]) {
    super(lines.join("\n"));
  }
}
