// The survey template: ordered questions with texts in every supported locale. One schema
// serves the admin editor, the stored SurveyTemplateVersion.definition JSON and the survey page.
import { z } from "zod";
import { LOCALES, type Locale } from "../orgs/schema";
import { safeText, templateItemIdSchema } from "../validation";

export { DEFAULT_TEMPLATE } from "./default-template";

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

export const questionSchema = z.discriminatedUnion("kind", [
  z.object({ ...base, kind: z.literal("nps"), ...scaleLabels }),
  z.object({ ...base, kind: z.literal("csat"), ...scaleLabels }),
  z.object({ ...base, kind: z.literal("ces"), ...scaleLabels }),
  z.object({ ...base, kind: z.literal("comment") }),
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
    // A response has one nps, csat, ces and comment field, and one flat list of option ids.
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
