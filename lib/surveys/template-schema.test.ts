import { describe, expect, it } from "vitest";
import { describeIssues, LOCALES } from "../orgs/schema";
import {
  COMPARE_QUESTION,
  DEFAULT_TEMPLATE,
  parseTemplateDefinition,
  RETURN_QUESTION,
  templateDefinitionSchema,
} from "./template-schema";

describe("templateDefinitionSchema", () => {
  it("accepts the default template, with the docs/scoring.md NPS question in English", () => {
    const parsed = templateDefinitionSchema.parse(DEFAULT_TEMPLATE);
    expect(parsed.questions.map((q) => q.kind)).toEqual(["nps", "csat", "ces", "choice", "comment"]);
    expect(parsed.questions[0].text.en).toBe("How likely are you to recommend us to a friend or colleague?");
  });

  it("has every text of the default template in all five locales, none left in English by mistake", () => {
    for (const l of LOCALES.filter((l) => l !== "en")) {
      expect(DEFAULT_TEMPLATE.intro[l]).not.toBe(DEFAULT_TEMPLATE.intro.en);
      for (const q of DEFAULT_TEMPLATE.questions) expect(q.text[l]).not.toBe(q.text.en);
    }
  });

  it("names the field and the rule when a locale is missing", () => {
    const broken = structuredClone(DEFAULT_TEMPLATE) as unknown as { questions: { text: Record<string, string> }[] };
    delete broken.questions[1].text.fi;
    const result = templateDefinitionSchema.safeParse(broken);
    expect(result.success).toBe(false);
    expect(describeIssues(result.error!)).toContain("questions[1].text.fi: is required");
  });

  it("refuses a repeated metric, duplicate option ids and a one-option choice", () => {
    const def = structuredClone(DEFAULT_TEMPLATE);
    def.questions.push({ ...def.questions[0], id: "nps-2" });
    const choice = def.questions[3];
    if (choice.kind !== "choice") throw new Error("fixture");
    choice.options[1] = { ...choice.options[1], id: "friendly" };
    const lines = describeIssues(templateDefinitionSchema.safeParse(def).error!);
    expect(lines).toContain("questions[5].kind: must not repeat (only one nps question per template)");
    expect(lines).toContain("questions[3].options[1].id: must be unique within the template");
    const tooFew = structuredClone(DEFAULT_TEMPLATE);
    const c2 = tooFew.questions[3];
    if (c2.kind === "choice") c2.options = c2.options.slice(0, 1);
    expect(describeIssues(templateDefinitionSchema.safeParse(tooFew).error!)).toContain(
      "questions[3].options: must have at least 2 options",
    );
  });

  it("takes the comparison and return questions, off by default, translated, once each, with fixed answers", () => {
    expect(DEFAULT_TEMPLATE.questions.some((q) => q.kind === "compare" || q.kind === "return")).toBe(false);
    const def = structuredClone(DEFAULT_TEMPLATE);
    def.questions.splice(4, 0, COMPARE_QUESTION, RETURN_QUESTION);
    expect(templateDefinitionSchema.parse(def).questions.map((q) => q.kind)).toEqual([
      "nps",
      "csat",
      "ces",
      "choice",
      "compare",
      "return",
      "comment",
    ]);
    for (const q of [COMPARE_QUESTION, RETURN_QUESTION])
      for (const l of LOCALES.filter((l) => l !== "en")) {
        expect(q.text[l]).not.toBe(q.text.en);
        for (const o of q.options) expect(o.text[l], `${q.kind} ${o.id} ${l}`).not.toBe(o.text.en);
      }
    expect(COMPARE_QUESTION.options.map((o) => o.id)).toEqual(["worse", "same", "better"]);
    expect(RETURN_QUESTION.options.map((o) => o.id)).toEqual(["no", "unsure", "yes"]);

    const twice = structuredClone(def);
    twice.questions.push({ ...structuredClone(RETURN_QUESTION), id: "return-2" });
    expect(describeIssues(templateDefinitionSchema.safeParse(twice).error!)).toContain(
      "questions[7].kind: must not repeat (only one return question per template)",
    );
    const reordered = structuredClone(def) as unknown as { questions: { options?: unknown[] }[] };
    reordered.questions[4].options!.reverse();
    expect(describeIssues(templateDefinitionSchema.safeParse(reordered).error!).join("\n")).toMatch(
      /^questions\[4\]\.options\[0\]\.id: /m,
    );
    const short = structuredClone(def) as unknown as { questions: { options?: unknown[] }[] };
    short.questions[5].options!.pop();
    expect(describeIssues(templateDefinitionSchema.safeParse(short).error!).join("\n")).toMatch(
      /questions\[5\]\.options/,
    );
  });

  it("parses stored JSON and returns null for garbage", () => {
    expect(parseTemplateDefinition(JSON.stringify(DEFAULT_TEMPLATE))?.questions).toHaveLength(5);
    expect(parseTemplateDefinition("{not json")).toBeNull();
    expect(parseTemplateDefinition(JSON.stringify({ questions: [] }))).toBeNull();
    expect(parseTemplateDefinition(null)).toBeNull();
  });
});
