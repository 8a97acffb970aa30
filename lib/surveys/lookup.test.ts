import { describe, expect, it } from "vitest";
import { randomBytes } from "node:crypto";
import { db } from "../db";
import { makeOrg, makeTouchpoint } from "../../tests/factories";
import { findSurvey } from "./lookup";
import { DEFAULT_TEMPLATE } from "./template-schema";

const code = () => randomBytes(16).toString("base64url").replace(/[-_]/g, "x").slice(0, 22);

async function makeInteraction(opts: { expiresAt?: Date; usedAt?: Date; locale?: string; definition?: string } = {}) {
  const org = await makeOrg({ name: "Café Aalto" });
  const tp = await makeTouchpoint(org.id);
  let templateVersionId: string | undefined;
  if (opts.definition) {
    const tpl = await db.surveyTemplate.create({ data: { orgId: org.id, name: "t" } });
    templateVersionId = (
      await db.surveyTemplateVersion.create({ data: { templateId: tpl.id, version: 1, definition: opts.definition } })
    ).id;
  }
  const c = code();
  const i = await db.interaction.create({
    data: {
      orgId: org.id,
      ref: c,
      touchpointId: tp.id,
      occurredAt: new Date(),
      code: c,
      templateVersionId,
      expiresAt: opts.expiresAt ?? new Date(Date.now() + 86_400_000),
      usedAt: opts.usedAt,
      locale: opts.locale,
    },
  });
  return { org, code: c, interaction: i };
}

describe("findSurvey", () => {
  it("finds an open link with the org name and the default template", async () => {
    const { code, interaction } = await makeInteraction({ locale: "ja" });
    const s = await findSurvey(code);
    expect(s).toMatchObject({
      state: "open",
      interactionId: interaction.id,
      orgName: "Café Aalto",
      defaultLocale: "ja",
    });
    if (s.state !== "unknown") expect(s.template).toEqual(DEFAULT_TEMPLATE);
  });

  it("uses the interaction's own template version", async () => {
    const def = structuredClone(DEFAULT_TEMPLATE);
    def.questions = def.questions.slice(0, 1);
    const { code } = await makeInteraction({ definition: JSON.stringify(def) });
    const s = await findSurvey(code);
    expect(s.state !== "unknown" && s.template.questions).toHaveLength(1);
  });

  it("uses the org's default template when the interaction has none", async () => {
    const { org, code } = await makeInteraction();
    const def = structuredClone(DEFAULT_TEMPLATE);
    def.questions = def.questions.slice(1, 3);
    const tpl = await db.surveyTemplate.create({ data: { orgId: org.id, name: "default", isDefault: true } });
    await db.surveyTemplateVersion.create({
      data: { templateId: tpl.id, version: 1, definition: JSON.stringify(DEFAULT_TEMPLATE) },
    });
    await db.surveyTemplateVersion.create({
      data: { templateId: tpl.id, version: 2, definition: JSON.stringify(def) },
    });
    const s = await findSurvey(code);
    expect(s.state !== "unknown" && s.template.questions.map((q) => q.kind)).toEqual(["csat", "ces"]);
  });

  it("reports answered, expired and unknown links", async () => {
    expect((await findSurvey((await makeInteraction({ usedAt: new Date() })).code)).state).toBe("answered");
    expect((await findSurvey((await makeInteraction({ expiresAt: new Date(Date.now() - 1000) })).code)).state).toBe(
      "expired",
    );
    expect((await findSurvey("nope")).state).toBe("unknown");
    expect((await findSurvey("A".repeat(22))).state).toBe("unknown");
    expect((await findSurvey("../../etc/passwd")).state).toBe("unknown");
  });
});
