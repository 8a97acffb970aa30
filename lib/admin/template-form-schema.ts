// The template editor's schema: a name, the default flag and the survey definition (lib/surveys/template-schema.ts).
import { z } from "zod";
import { templateDefinitionSchema } from "../surveys/template-schema";

export const templateFormSchema = z.object({
  name: z.string().trim().min(1, "is required").max(80, "must be at most 80 characters"),
  isDefault: z.boolean().default(false),
  definition: templateDefinitionSchema,
});
export type TemplateFormInput = z.input<typeof templateFormSchema>;
