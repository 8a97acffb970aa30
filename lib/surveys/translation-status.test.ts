import { describe, expect, it } from "vitest";
import { COMPARE_QUESTION, DEFAULT_TEMPLATE, type TemplateDefinition } from "./template-schema";
import { stampSources, statusSummary, translationStatus } from "./translation-status";

const clone = (d: TemplateDefinition): TemplateDefinition => structuredClone(d);

describe("translation status", () => {
  it("counts an old definition without fingerprints as up to date", () => {
    const s = translationStatus(DEFAULT_TEMPLATE);
    for (const l of ["ja", "de", "ru", "fi"] as const) expect(s[l]).toEqual({ missing: 0, outdated: 0, fields: {} });
  });

  it("marks translations outdated when the English changes and they are not edited in the same save", () => {
    const v1 = { ...clone(DEFAULT_TEMPLATE), sources: stampSources(null, DEFAULT_TEMPLATE) };
    const v2 = clone(v1);
    v2.questions[0].text.en = "Would you recommend us to a friend?";
    v2.questions[0].text.ja = "友人に薦めますか？";
    const stored = { ...v2, sources: stampSources(v1, v2) };
    const s = translationStatus(stored);
    expect(s.ja.outdated).toBe(0);
    for (const l of ["de", "ru", "fi"] as const) {
      expect(s[l].outdated).toBe(1);
      expect(s[l].fields).toEqual({ "questions.0.text": "outdated" });
    }
    // Editing the German later brings it up to date; the others stay outdated.
    const v3 = clone(stored);
    v3.questions[0].text.de = "Würden Sie uns einem Freund empfehlen?";
    const s3 = translationStatus({ ...v3, sources: stampSources(stored, v3) });
    expect(s3.de.outdated).toBe(0);
    expect(s3.fi.outdated).toBe(1);
  });

  it("stays outdated across saves that change nothing, and from a definition saved before fingerprints", () => {
    const v2 = clone(DEFAULT_TEMPLATE);
    v2.intro.en = "Two quick questions, please.";
    const stored = { ...v2, sources: stampSources(DEFAULT_TEMPLATE, v2) };
    expect(translationStatus(stored).fi.fields).toEqual({ intro: "outdated" });
    const again = { ...stored, sources: stampSources(stored, stored) };
    expect(translationStatus(again).fi.outdated).toBe(1);
  });

  it("keys texts by question id, so reordering questions changes nothing", () => {
    const v1 = { ...clone(DEFAULT_TEMPLATE), sources: stampSources(null, DEFAULT_TEMPLATE) };
    const v2 = clone(v1);
    v2.questions.reverse();
    expect(translationStatus({ ...v2, sources: stampSources(v1, v2) }).ru.outdated).toBe(0);
  });

  it("counts blank texts as missing and summarises", () => {
    const d = clone(DEFAULT_TEMPLATE);
    d.thankYou.ru = " ";
    d.intro.ru = "";
    const s = translationStatus(d);
    expect(s.ru.missing).toBe(2);
    expect(statusSummary({ missing: 2, outdated: 1 })).toBe("2 missing · 1 outdated");
    expect(statusSummary(s.ja)).toBe("");
  });

  it("tracks the answers of a comparison question like a choice's options", () => {
    const d = clone(DEFAULT_TEMPLATE);
    d.questions.splice(4, 0, structuredClone(COMPARE_QUESTION));
    const v1 = { ...d, sources: stampSources(null, d) };
    const v2 = clone(v1);
    const compare = v2.questions[4];
    if (compare.kind !== "compare") throw new Error("fixture");
    compare.options[2].text.en = "Much better";
    compare.options[0].text.fi = "";
    const s = translationStatus({ ...v2, sources: stampSources(v1, v2) });
    expect(s.de.fields).toEqual({ "questions.4.options.2.text": "outdated" });
    expect(s.fi.fields).toEqual({ "questions.4.options.0.text": "missing", "questions.4.options.2.text": "outdated" });
  });
});
