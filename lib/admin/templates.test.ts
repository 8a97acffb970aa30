import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "../db";
import { DEFAULT_TEMPLATE } from "../surveys/template-schema";
import { readFileSync } from "node:fs";
import { makeTouchpoint, makeUser, uniq } from "../../tests/factories";
import { importInterchange } from "../interchange/import";
import { createTemplate, getTemplate, listTemplates, saveTemplate } from "./templates";
import { actorOf, adminWorld } from "./test-actors";

describe("survey templates", () => {
  it("edits a version without responses in place, and adds a version once it has responses", async () => {
    const { admin, org } = await adminWorld();
    const created = await createTemplate(admin, { name: "Counter", isDefault: true, definition: DEFAULT_TEMPLATE });
    if (!created.ok) throw new Error(JSON.stringify(created));
    const id = created.data.id;
    const edited = structuredClone(DEFAULT_TEMPLATE);
    edited.thankYou.en = "Thanks a lot!";
    expect(await saveTemplate(admin, id, { name: "Counter", isDefault: true, definition: edited })).toMatchObject({
      ok: true,
      data: { version: 1, newVersion: false },
    });

    const v1 = await db.surveyTemplateVersion.findFirstOrThrow({ where: { templateId: id, version: 1 } });
    const tp = await makeTouchpoint(org.id);
    const interaction = await db.interaction.create({
      data: {
        orgId: org.id,
        ref: "r1",
        touchpointId: tp.id,
        occurredAt: new Date(),
        code: `c${Date.now()}`,
        expiresAt: new Date(Date.now() + 864e5),
        templateVersionId: v1.id,
      },
    });
    await db.response.create({
      data: {
        id: "a".repeat(32),
        orgId: org.id,
        interactionId: interaction.id,
        templateVersionId: v1.id,
        nps: 9,
        locale: "en",
        answeredAt: new Date(),
      },
    });

    edited.thankYou.en = "Thank you, truly!";
    expect(await saveTemplate(admin, id, { name: "Counter", isDefault: true, definition: edited })).toMatchObject({
      ok: true,
      data: { version: 2, newVersion: true },
    });
    expect(
      JSON.parse((await db.surveyTemplateVersion.findUniqueOrThrow({ where: { id: v1.id } })).definition).thankYou.en,
    ).toBe("Thanks a lot!");
    expect((await getTemplate(admin, id))?.definition.thankYou.en).toBe("Thank you, truly!");
  });

  it("reports inline errors by path and refuses other orgs and non-admins", async () => {
    const a = await adminWorld();
    const b = await adminWorld();
    const broken = structuredClone(DEFAULT_TEMPLATE);
    broken.questions[0].text.ja = "  ";
    const result = await createTemplate(a.admin, { name: "", definition: broken });
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { name: "is required", "definition.questions.0.text.ja": "is required" },
    });
    const theirs = await createTemplate(b.admin, { name: "Theirs", definition: DEFAULT_TEMPLATE });
    if (!theirs.ok) throw new Error("setup");
    expect(
      await saveTemplate(a.admin, theirs.data.id, { name: "Mine now", definition: DEFAULT_TEMPLATE }),
    ).toMatchObject({ ok: false, formError: "That template doesn't exist in your organization." });
    expect(await getTemplate(a.admin, theirs.data.id)).toBeNull();
    expect(await createTemplate(a.staff, { name: "S", definition: DEFAULT_TEMPLATE })).toMatchObject({
      ok: false,
      formError: "Only admins can change this.",
    });
  });
});

describe("the templates list", () => {
  it("counts imported history (no template version) on the default template", async () => {
    const slug = uniq("tpl");
    const doc = JSON.parse(readFileSync("docs/examples/bakery-week.json", "utf8"));
    // Response ids are unique across organisations: this copy gets its own, so it never meets the
    // docs example test's import of the same file in the shared test database.
    for (const r of doc.responses) r.id = randomUUID().replace(/-/g, "");
    await importInterchange(doc, { orgSlug: slug });
    const org = await db.organization.findUniqueOrThrow({ where: { slug } });
    const admin = actorOf(await makeUser(org.id, { role: "admin" }));
    await db.surveyTemplate.create({ data: { orgId: org.id, name: "Standard", isDefault: true } });
    await db.surveyTemplate.create({ data: { orgId: org.id, name: "Delivery" } });
    const list = await listTemplates(admin);
    expect(list.find((t) => t.name === "Standard")?.responses).toBe(4);
    expect(list.find((t) => t.name === "Delivery")?.responses).toBe(0);
  });
});
