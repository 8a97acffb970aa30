// The settings form's schema: the organization schema without the slug, which posters print.
import type { z } from "zod";
import { orgSchema } from "../orgs/schema";

export const orgSettingsSchema = orgSchema.omit({ slug: true });
export type OrgSettingsInput = z.input<typeof orgSettingsSchema>;
