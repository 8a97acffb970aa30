import { describe, expect, it } from "vitest";
import { chrome } from "./i18n";
import { parseSurveyForm } from "./form-input";
import { COMPARE_QUESTION, DEFAULT_TEMPLATE, RETURN_QUESTION } from "./template-schema";

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
      values: {
        nps: 9,
        csat: 5,
        ces: 7,
        choices: ["friendly", "fast"],
        comment: "<b>素晴らしい</b>\n  ",
        consent: false,
      },
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
  it("reads comparison and return intent as 1–3, enough on their own to send", () => {
    const template = { ...DEFAULT_TEMPLATE, questions: [COMPARE_QUESTION, RETURN_QUESTION] };
    const read = (body: string) => parseSurveyForm(new URLSearchParams(body), template, t);
    expect(read(`id=${ID}&compare=3&return=2`)).toMatchObject({ answers: { compare: 3, return: 2 }, empty: false });
    expect(read(`id=${ID}&return=1`)).toMatchObject({ answers: { return: 1 }, empty: false });
    expect(read(`id=${ID}&compare=4&return=yes`).errors).toEqual({
      compare: "Please choose from the options shown.",
      return: "Please choose from the options shown.",
    });
    // Not asked, not read.
    expect(parse(`id=${ID}&compare=3`)).toMatchObject({ answers: {}, empty: true });
  });
  it("counts comment length in characters people see", () => {
    expect(parse(`id=${ID}&comment=${encodeURIComponent("😀".repeat(2000))}`).errors).toEqual({});
  });
  it("drops an id that is not 32 hex or a UUID", () => {
    expect(parse("id=../../x&nps=3").id).toBe("");
    expect(parse("id=0123456789ABCDEF0123456789ABCDEF&nps=3").id).toBe(ID);
  });
  it("takes a callback contact only with a low score and the consent box ticked", () => {
    const phone = encodeURIComponent("+358 40 123 4567");
    expect(parse(`id=${ID}&nps=3&contact=${phone}&consent=yes`)).toMatchObject({
      callback: "+358 40 123 4567",
      errors: {},
    });
    expect(parse(`id=${ID}&csat=2&contact=aiko%40example.test&consent=yes`).callback).toBe("aiko@example.test");
    // Hidden (and dropped) with a high score, ignored when left blank.
    expect(parse(`id=${ID}&nps=9&contact=${phone}&consent=yes`)).toMatchObject({ callback: undefined, errors: {} });
    expect(parse(`id=${ID}&nps=3&contact=&consent=yes`)).toMatchObject({ callback: undefined, errors: {} });
    expect(parse(`id=${ID}&nps=3&contact=${phone}`).errors).toEqual({
      callback: "Tick the box so we may contact you, or leave the field empty.",
    });
    expect(parse(`id=${ID}&nps=3&contact=call%20me&consent=yes`).errors).toEqual({
      callback: "Please enter a phone number or an email address.",
    });
    // What was typed comes back to the form after a failed post.
    expect(parse(`id=${ID}&nps=3&contact=${phone}`).values).toMatchObject({ contact: "+358 40 123 4567" });
  });
});
