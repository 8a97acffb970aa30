// What the customer's survey page needs to know about a link, and nothing more: no staff,
// no scores, no other customer's data. The template is the interaction's own version, else
// its touchpoint's template, else the organisation's default, else DEFAULT_TEMPLATE.
import { db } from "../db";
import type { Locale } from "../orgs/schema";
import { isLocale } from "./i18n";
import { DEFAULT_TEMPLATE, parseTemplateDefinition, type TemplateDefinition } from "./template-schema";

export type SurveyState = "open" | "answered" | "expired" | "unknown";

export type SurveyLookup =
  | { state: "unknown" }
  | {
      state: Exclude<SurveyState, "unknown">;
      interactionId: string;
      orgName: string;
      /** The interaction's locale if the caller gave one, else the organisation's default. */
      defaultLocale: Locale;
      template: TemplateDefinition;
    };

// Codes are 22 base62 characters today; accept a little range so older or longer links still resolve.
const CODE_RE = /^[0-9A-Za-z]{8,40}$/;

const latestVersion = { versions: { orderBy: { version: "desc" as const }, take: 1, select: { definition: true } } };

/** The newest definition of a template, or of the org's default template when templateId is null. */
export async function currentTemplate(orgId: string, templateId: string | null): Promise<TemplateDefinition> {
  if (templateId) {
    const own = await db.surveyTemplate.findFirst({ where: { id: templateId, orgId }, select: latestVersion });
    const def = parseTemplateDefinition(own?.versions[0]?.definition);
    if (def) return def;
  }
  const fallback = await db.surveyTemplate.findFirst({ where: { orgId, isDefault: true }, select: latestVersion });
  return parseTemplateDefinition(fallback?.versions[0]?.definition) ?? DEFAULT_TEMPLATE;
}

export async function findSurvey(code: string, now = new Date()): Promise<SurveyLookup> {
  if (!CODE_RE.test(code)) return { state: "unknown" };
  const row = await db.interaction.findUnique({
    where: { code },
    select: {
      id: true,
      orgId: true,
      locale: true,
      expiresAt: true,
      usedAt: true,
      org: { select: { name: true, defaultLocale: true } },
      touchpoint: { select: { templateId: true } },
      templateVersion: { select: { definition: true } },
      response: { select: { id: true } },
    },
  });
  if (!row) return { state: "unknown" };
  const state = row.usedAt || row.response ? "answered" : row.expiresAt.getTime() <= now.getTime() ? "expired" : "open";
  const template =
    parseTemplateDefinition(row.templateVersion?.definition) ??
    (await currentTemplate(row.orgId, row.touchpoint.templateId));
  const defaultLocale = isLocale(row.locale)
    ? row.locale
    : isLocale(row.org.defaultLocale)
      ? row.org.defaultLocale
      : "en";
  return { state, interactionId: row.id, orgName: row.org.name, defaultLocale, template };
}
