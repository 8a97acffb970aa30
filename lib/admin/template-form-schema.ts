// The template editor's schema: a name, the default flag and the survey definition (lib/surveys/template-schema.ts).
import { z } from "zod";
import { safeText } from "../validation";
import { templateDefinitionSchema } from "../surveys/template-schema";

export const templateFormSchema = z.object({
  name: safeText({ min: 1, max: 80 }),
  isDefault: z.boolean().default(false),
  definition: templateDefinitionSchema,
});
export type TemplateFormInput = z.input<typeof templateFormSchema>;
