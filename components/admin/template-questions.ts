// Building blocks for the template editor: fresh questions and options with texts in every locale.
import { LOCALES } from "@/lib/orgs/schema";
import {
  COMPARE_QUESTION,
  DEFAULT_TEMPLATE,
  RETURN_QUESTION,
  type LocalizedText,
  type Question,
} from "@/lib/surveys/template-schema";

export const KIND_LABELS: Record<Question["kind"], string> = {
  nps: "NPS · recommend, 0–10",
  csat: "CSAT · satisfaction, 1–5",
  ces: "CES · effort, 1–7",
  comment: "Comment",
  compare: "Compared with others",
  return: "Coming back",
  choice: "Choice",
};

/** Kinds a template has at most once: each is a column of the response. */
export const SINGLE_KINDS = ["nps", "csat", "ces", "comment", "compare", "return"] as const;

/** Ready-made questions the default template leaves out. */
const OPTIONAL_MODELS: Question[] = [COMPARE_QUESTION, RETURN_QUESTION];

const same = (text: string): LocalizedText => Object.fromEntries(LOCALES.map((l) => [l, text])) as LocalizedText;

function uniqueId(base: string, taken: Set<string>) {
  if (!taken.has(base)) return base;
  for (let i = 2; ; i++) if (!taken.has(`${base}-${i}`)) return `${base}-${i}`;
}

/** A new question of `kind`, with the default template's translations when it has one. */
export function newQuestion(kind: Question["kind"], existing: Question[]): Question {
  const taken = new Set(existing.flatMap((q) => [q.id, ...(q.kind === "choice" ? q.options.map((o) => o.id) : [])]));
  const model = [...DEFAULT_TEMPLATE.questions, ...OPTIONAL_MODELS].find((q) => q.kind === kind);
  if (model && kind !== "choice") return { ...structuredClone(model), id: uniqueId(model.id, taken) } as Question;
  if (model && model.kind === "choice") {
    const q = structuredClone(model);
    q.id = uniqueId(q.id, taken);
    q.options = q.options.map((o) => ({ ...o, id: uniqueId(o.id, taken) }));
    return q;
  }
  return {
    id: uniqueId(kind, taken),
    kind: "choice",
    multiple: false,
    text: same("Your question"),
    options: [newOption(taken), newOption(taken)],
  } as Question;
}

export function newOption(taken: Set<string>) {
  const id = uniqueId("option", taken);
  taken.add(id);
  return { id, text: same("New option") };
}
