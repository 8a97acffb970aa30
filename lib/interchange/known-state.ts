// What an organisation already holds, read inside the import's transaction so the checks and
// the writes see the same state.
import { DEFAULT_TEMPLATE, parseTemplateDefinition } from "../surveys/template-schema";
import type { RawDb } from "./raw-db";
import type { KnownState } from "./validate";

export type OrgRow = {
  id: string;
  timeZone: string;
  linkTtlDays: number;
  defaultLocale: string;
  followUpEscalateHours: number;
};
export type StoredInteraction = { id: string; touchpointId: string; occurredAt: Date; responseId: string | null };
export type StoredState = KnownState & {
  staff: Map<string, { id: string; name: string; kind: string; teamId: string | null }>;
  teams: Map<string, string>; // name → id
  touchpoints: Map<string, string>; // slug → id
  interactionRows: Map<string, StoredInteraction>; // ref → row
  /** the default template's newest version, which imported choice questions are added to */
  templateRow: StoredTemplate | null;
};
export type StoredTemplate = { templateId: string; versionId: string; version: number; hasResponses: boolean };

/** Reads a timestamp from either driver as UTC (pg hands out timestamp-without-zone as text here). */
export function dbDate(value: unknown): Date {
  if (value instanceof Date) return value;
  const s = String(value);
  return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(s) ? s : `${s.replace(" ", "T")}Z`);
}

export async function findOrg(raw: RawDb, slug: string): Promise<OrgRow | null> {
  const rows = await raw.all<OrgRow>(
    `SELECT "id", "timeZone", "linkTtlDays", "defaultLocale", "followUpEscalateHours" FROM "Organization" WHERE "slug" = ?`,
    [slug],
  );
  return rows[0] ?? null;
}

export async function loadState(raw: RawDb, orgId: string | null): Promise<StoredState> {
  const state: StoredState = {
    staffEmails: new Set(),
    touchpointSlugs: new Set(),
    interactions: new Map(),
    responses: new Map(),
    staff: new Map(),
    teams: new Map(),
    touchpoints: new Map(),
    interactionRows: new Map(),
    template: DEFAULT_TEMPLATE,
    templateRow: null,
  };
  if (!orgId) return state;
  await loadTemplate(raw, orgId, state);
  const ts = (col: string) => (raw.provider === "postgres" ? `"${col}"::text` : `"${col}"`);
  for (const t of await raw.all<{ id: string; name: string }>(`SELECT "id", "name" FROM "Team" WHERE "orgId" = ?`, [
    orgId,
  ]))
    state.teams.set(t.name, t.id);
  for (const u of await raw.all<{ id: string; email: string; name: string; kind: string; teamId: string | null }>(
    `SELECT "id", "email", "name", "kind", "teamId" FROM "User" WHERE "orgId" = ?`,
    [orgId],
  )) {
    state.staff.set(u.email, u);
    state.staffEmails.add(u.email);
  }
  for (const t of await raw.all<{ id: string; slug: string }>(
    `SELECT "id", "slug" FROM "Touchpoint" WHERE "orgId" = ?`,
    [orgId],
  )) {
    state.touchpoints.set(t.slug, t.id);
    state.touchpointSlugs.add(t.slug);
  }
  const rows = await raw.all<{
    id: string;
    ref: string;
    touchpointId: string;
    occurredAt: unknown;
    responseId: string | null;
  }>(
    `SELECT i."id", i."ref", i."touchpointId", ${ts("occurredAt").replace('"occurredAt"', 'i."occurredAt"')} AS "occurredAt", r."id" AS "responseId"
     FROM "Interaction" i LEFT JOIN "Response" r ON r."interactionId" = i."id" WHERE i."orgId" = ?`,
    [orgId],
  );
  for (const row of rows) {
    const stored = {
      id: row.id,
      touchpointId: row.touchpointId,
      occurredAt: dbDate(row.occurredAt),
      responseId: row.responseId,
    };
    state.interactionRows.set(row.ref, stored);
    state.interactions.set(row.ref, stored);
    if (row.responseId) state.responses.set(row.responseId, row.ref);
  }
  return state;
}

/** The default template (else none: surveys then show the built-in one) and its newest version. */
async function loadTemplate(raw: RawDb, orgId: string, state: StoredState) {
  const rows = await raw.all<{ templateId: string; versionId: string; version: number; definition: string }>(
    `SELECT t."id" AS "templateId", v."id" AS "versionId", v."version", v."definition"
     FROM "SurveyTemplate" t JOIN "SurveyTemplateVersion" v ON v."templateId" = t."id"
     WHERE t."orgId" = ? AND t."isDefault" = ? ORDER BY t."createdAt" ASC, v."version" DESC LIMIT 1`,
    [orgId, true],
  );
  const row = rows[0];
  if (!row) return;
  const answered = await raw.all<{ n: number | string }>(
    `SELECT count(*) AS "n" FROM "Response" WHERE "templateVersionId" = ?`,
    [row.versionId],
  );
  state.template = parseTemplateDefinition(row.definition) ?? DEFAULT_TEMPLATE;
  state.templateRow = {
    templateId: row.templateId,
    versionId: row.versionId,
    version: Number(row.version),
    hasResponses: Number(answered[0].n) > 0,
  };
}
