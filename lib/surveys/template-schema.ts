// The survey template: ordered questions with texts in every supported locale. One schema
// serves the admin editor, the stored SurveyTemplateVersion.definition JSON and the survey page.
import { z } from "zod";
import { LOCALES, type Locale } from "../orgs/schema";
import { safeText, templateItemIdSchema } from "../validation";

export { COMPARE_QUESTION, DEFAULT_TEMPLATE, RETURN_QUESTION } from "./default-template";

/** A text in each of the five locales; none may be blank, so a page never shows an empty label. */
export const localizedTextSchema = z.object(
  Object.fromEntries(LOCALES.map((l) => [l, safeText({ min: 1, max: 500, multiline: true })])) as Record<
    Locale,
    ReturnType<typeof safeText>
  >,
);
export type LocalizedText = Record<Locale, string>;

const idSchema = templateItemIdSchema;

const base = { id: idSchema, text: localizedTextSchema };
/** Optional overrides of the scale's end labels ("0 = not at all likely"); page chrome has defaults. */
const scaleLabels = { lowLabel: localizedTextSchema.optional(), highLabel: localizedTextSchema.optional() };

export const SCALES = { nps: [0, 10], csat: [1, 5], ces: [1, 7] } as const;
export type ScaleKind = keyof typeof SCALES;
export const COMMENT_MAX = 2000;

/**
 * The three answers of a comparison and a return-intent question, in order: the n-th option is
 * stored as n in Response.compare / Response.returnIntent (docs/scoring.md "Comparison and return
 * intent"). Their ids are fixed; only their texts are the template's.
 */
export const THREE_POINT_OPTIONS = {
  compare: ["worse", "same", "better"],
  return: ["no", "unsure", "yes"],
} as const;
export type ThreePointKind = keyof typeof THREE_POINT_OPTIONS;

const fixedOption = <Id extends string>(id: Id) => z.object({ id: z.literal(id), text: localizedTextSchema });
const optionsRule = (kind: ThreePointKind) => ({
  error: `must be the options ${THREE_POINT_OPTIONS[kind].join(", ")}`,
});

export const questionSchema = z.discriminatedUnion("kind", [
  z.object({ ...base, kind: z.literal("nps"), ...scaleLabels }),
  z.object({ ...base, kind: z.literal("csat"), ...scaleLabels }),
  z.object({ ...base, kind: z.literal("ces"), ...scaleLabels }),
  z.object({ ...base, kind: z.literal("comment") }),
  z.object({
    ...base,
    kind: z.literal("compare"),
    options: z.tuple([fixedOption("worse"), fixedOption("same"), fixedOption("better")], optionsRule("compare")),
  }),
  z.object({
    ...base,
    kind: z.literal("return"),
    options: z.tuple([fixedOption("no"), fixedOption("unsure"), fixedOption("yes")], optionsRule("return")),
  }),
  z.object({
    ...base,
    kind: z.literal("choice"),
    multiple: z.boolean().default(false),
    options: z
      .array(z.object({ id: idSchema, text: localizedTextSchema }))
      .min(2, "must have at least 2 options")
      .max(12, "must have at most 12 options"),
  }),
]);
export type Question = z.infer<typeof questionSchema>;
export type ScaleQuestion = Extract<Question, { kind: ScaleKind }>;
export type ChoiceQuestion = Extract<Question, { kind: "choice" }>;
export type ThreePointQuestion = Extract<Question, { kind: ThreePointKind }>;
/** Questions whose options have texts to translate. */
export const hasOptions = (q: Question): q is ChoiceQuestion | ThreePointQuestion => "options" in q;

export const templateDefinitionSchema = z
  .object({
    intro: localizedTextSchema,
    thankYou: localizedTextSchema,
    questions: z
      .array(questionSchema)
      .min(1, "must have at least 1 question")
      .max(10, "must have at most 10 questions"),
    /** Per text key and language, the fingerprint of the English it was translated from (translation-status.ts). */
    sources: z.record(z.string().max(200), z.record(z.string().max(5), z.string().max(16))).optional(),
  })
  .superRefine((def, ctx) => {
    // A response has one nps, csat, ces, comment, compare and return field, and one flat list of
    // option ids (ResponseChoice keys them by question).
    const seenKinds = new Set<string>();
    const seenIds = new Set<string>();
    const seenOptions = new Set<string>();
    def.questions.forEach((q, i) => {
      if (q.kind !== "choice") {
        if (seenKinds.has(q.kind))
          ctx.addIssue({
            code: "custom",
            path: ["questions", i, "kind"],
            message: `must not repeat (only one ${q.kind} question per template)`,
          });
        seenKinds.add(q.kind);
      }
      if (seenIds.has(q.id))
        ctx.addIssue({ code: "custom", path: ["questions", i, "id"], message: "must be unique within the template" });
      seenIds.add(q.id);
      if (q.kind === "choice") {
        q.options.forEach((o, j) => {
          if (seenOptions.has(o.id))
            ctx.addIssue({
              code: "custom",
              path: ["questions", i, "options", j, "id"],
              message: "must be unique within the template",
            });
          seenOptions.add(o.id);
        });
      }
    });
  });
export type TemplateDefinition = z.infer<typeof templateDefinitionSchema>;

/** Parses stored JSON; null when it is not a valid definition (callers fall back to a default). */
export function parseTemplateDefinition(json: string | null | undefined): TemplateDefinition | null {
  if (!json) return null;
  try {
    const parsed = templateDefinitionSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
