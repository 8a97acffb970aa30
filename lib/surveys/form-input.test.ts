import { describe, expect, it } from "vitest";
import { chrome } from "./i18n";
import { parseSurveyForm } from "./form-input";
import { DEFAULT_TEMPLATE } from "./template-schema";

const t = chrome("en");
const parse = (body: string) => parseSurveyForm(new URLSearchParams(body), DEFAULT_TEMPLATE, t);
const ID = "0123456789abcdef0123456789abcdef";

describe("parseSurveyForm", () => {
  it("reads scores, tags and a comment verbatim", () => {
    const r = parse(
      `id=${ID}&lang=ja&nps=9&csat=5&ces=7&choices=friendly&choices=fast&comment=${encodeURIComponent("<b>素晴らしい</b>\r\n  ")}`,
    );
    expect(r).toEqual({
      id: ID,
      lang: "ja",
      answers: { nps: 9, csat: 5, ces: 7, choices: ["friendly", "fast"], comment: "<b>素晴らしい</b>\n  " },
      errors: {},
      empty: false,
    });
  });
  it("skips blank questions and reports an answer with no score or comment as empty", () => {
    expect(parse(`id=${ID}&nps=&comment=%20%20`)).toMatchObject({ answers: {}, empty: true });
    expect(parse(`id=${ID}&choices=clean`)).toMatchObject({ answers: { choices: ["clean"] }, empty: true });
  });
  it("keys errors by question, worded for the customer", () => {
    const r = parse(`id=${ID}&nps=11&csat=2.5&choices=evil&comment=${"x".repeat(2001)}`);
    expect(r.errors).toEqual({
      nps: "Choose a number from 0 to 10.",
      csat: "Choose a number from 1 to 5.",
      "stood-out": "Please choose from the options shown.",
      comment: "Please keep it under 2,000 characters.",
    });
    expect(r.empty).toBe(false);
  });
  it("counts comment length in characters people see", () => {
    expect(parse(`id=${ID}&comment=${encodeURIComponent("😀".repeat(2000))}`).errors).toEqual({});
  });
  it("drops an id that is not 32 hex or a UUID", () => {
    expect(parse("id=../../x&nps=3").id).toBe("");
    expect(parse("id=0123456789ABCDEF0123456789ABCDEF&nps=3").id).toBe(ID);
  });
});
