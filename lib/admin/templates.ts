// Survey templates. A version that has responses is never edited: saving adds the next version,
// so old responses keep the exact questions they answered.
import { db } from "../db";
import type { Actor } from "../auth/authorize";
import { DEFAULT_TEMPLATE, parseTemplateDefinition, type TemplateDefinition } from "../surveys/template-schema";
import { AdminInputError, assertAdmin, guarded, ok, parseOr } from "./result";
import { notFound } from "./scope";
import { stampSources } from "../surveys/translation-status";
import { templateFormSchema } from "./template-form-schema";

export async function listTemplates(actor: Actor) {
  assertAdmin(actor);
  const rows = await db.surveyTemplate.findMany({
    where: { orgId: actor.orgId },
    select: {
      id: true,
      name: true,
      isDefault: true,
      versions: { select: { version: true, _count: { select: { responses: true } } }, orderBy: { version: "desc" } },
      _count: { select: { touchpoints: true } },
    },
    orderBy: [{ isDefault: "desc" }, { name: "asc" }],
  });
  // Imported history and the demo's responses carry no template version: they answered the standard
  // questions, which is what the default template asks, so they count there rather than nowhere.
  const unversioned = rows.some((t) => t.isDefault)
    ? await db.response.count({ where: { orgId: actor.orgId, templateVersionId: null } })
    : 0;
  return rows.map((t) => ({
    id: t.id,
    name: t.name,
    isDefault: t.isDefault,
    touchpoints: t._count.touchpoints,
    version: t.versions[0]?.version ?? 0,
    responses: t.versions.reduce((n, v) => n + v._count.responses, 0) + (t.isDefault ? unversioned : 0),
  }));
}

export async function getTemplate(actor: Actor, id: string) {
  assertAdmin(actor);
  const t = await db.surveyTemplate.findFirst({
    where: { id, orgId: actor.orgId },
    select: {
      id: true,
      name: true,
      isDefault: true,
      versions: {
        select: { version: true, definition: true, _count: { select: { responses: true } } },
        orderBy: { version: "desc" },
        take: 1,
      },
    },
  });
  if (!t) return null;
  const latest = t.versions[0];
  const definition: TemplateDefinition = parseTemplateDefinition(latest?.definition) ?? DEFAULT_TEMPLATE;
  return {
    id: t.id,
    name: t.name,
    isDefault: t.isDefault,
    version: latest?.version ?? 0,
    responses: latest?._count.responses ?? 0,
    definition,
  };
}

/** Same questions and texts, whatever the fingerprints say: such a save adds no version. */
function sameTexts(a: TemplateDefinition, b: TemplateDefinition) {
  const { sources: _a, ...restA } = a;
  const { sources: _b, ...restB } = b;
  void _a;
  void _b;
  return JSON.stringify(restA) === JSON.stringify(restB);
}

async function nameFree(orgId: string, name: string, id?: string) {
  const clash = await db.surveyTemplate.findFirst({
    where: { orgId, name, ...(id ? { NOT: { id } } : {}) },
    select: { id: true },
  });
  if (clash) throw new AdminInputError("name", "is already used by another template");
}

export function createTemplate(actor: Actor, input: unknown) {
  return guarded(async () => {
    assertAdmin(actor);
    const parsed = parseOr(templateFormSchema, input);
    if ("failure" in parsed) return parsed.failure;
    const { name, isDefault, definition: submitted } = parsed.data;
    const definition = { ...submitted, sources: stampSources(null, submitted) };
    await nameFree(actor.orgId, name);
    const id = await db.$transaction(async (tx) => {
      if (isDefault) await tx.surveyTemplate.updateMany({ where: { orgId: actor.orgId }, data: { isDefault: false } });
      const t = await tx.surveyTemplate.create({ data: { orgId: actor.orgId, name, isDefault }, select: { id: true } });
      await tx.surveyTemplateVersion.create({
        data: { templateId: t.id, version: 1, definition: JSON.stringify(definition) },
      });
      return t.id;
    });
    return ok({ id, version: 1, newVersion: true }, "Template created.");
  });
}

export function saveTemplate(actor: Actor, id: string, input: unknown) {
  return guarded(async () => {
    assertAdmin(actor);
    const parsed = parseOr(templateFormSchema, input);
    if ("failure" in parsed) return parsed.failure;
    const { name, isDefault, definition } = parsed.data;
    if (!(await db.surveyTemplate.findFirst({ where: { id, orgId: actor.orgId }, select: { id: true } })))
      notFound("template");
    await nameFree(actor.orgId, name, id);
    const result = await db.$transaction(async (tx) => {
      if (isDefault)
        await tx.surveyTemplate.updateMany({ where: { orgId: actor.orgId, NOT: { id } }, data: { isDefault: false } });
      await tx.surveyTemplate.update({ where: { id }, data: { name, isDefault } });
      const latest = await tx.surveyTemplateVersion.findFirst({
        where: { templateId: id },
        orderBy: { version: "desc" },
        select: { id: true, version: true, definition: true, _count: { select: { responses: true } } },
      });
      // Fingerprints come from the stored version, never from the browser, so "outdated" cannot be cleared by accident.
      const previous = parseTemplateDefinition(latest?.definition);
      const json = JSON.stringify({ ...definition, sources: stampSources(previous, definition) });
      const unchanged = previous && sameTexts(previous, definition);
      if (latest && (latest.definition === json || unchanged)) return { version: latest.version, newVersion: false };
      if (latest && latest._count.responses === 0) {
        await tx.surveyTemplateVersion.update({ where: { id: latest.id }, data: { definition: json } });
        return { version: latest.version, newVersion: false };
      }
      const version = (latest?.version ?? 0) + 1;
      await tx.surveyTemplateVersion.create({ data: { templateId: id, version, definition: json } });
      return { version, newVersion: true };
    });
    return ok(
      result,
      result.newVersion
        ? `Saved as version ${result.version}. Earlier answers keep the version they answered.`
        : "Saved.",
    );
  });
}

/** The name the survey page shows at the top, for the editor's preview. */
export async function orgName(actor: Actor) {
  const org = await db.organization.findUnique({ where: { id: actor.orgId }, select: { name: true } });
  return org?.name ?? "";
}
