// A template with the comparison and return questions and two choice questions: the survey page
// asks them, the no-JS form and the JSON post store them (compare and return in their columns,
// choices by question), and the CSV and the scores' additions report them.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { responseCsvChunks } from "@/lib/export/responses";
import { additionSums } from "@/lib/interchange/export-additions";
import { ingestResponse } from "@/lib/responses/ingest";
import { makeShop, newId } from "@/lib/responses/test-helpers";
import { additionsFromSums } from "@/lib/scoring/additions";
import { answerSurvey, showSurvey } from "./answer-form";
import { renderSurveyPage } from "./render";
import { COMPARE_QUESTION, DEFAULT_TEMPLATE, RETURN_QUESTION, type TemplateDefinition } from "./template-schema";

const same = (text: string) => ({ en: text, ja: text, de: text, ru: text, fi: text });

function template(): TemplateDefinition {
  const def = structuredClone(DEFAULT_TEMPLATE);
  def.questions.splice(4, 0, COMPARE_QUESTION, RETURN_QUESTION, {
    id: "visit-for",
    kind: "choice",
    multiple: false,
    text: same("What did you come for?"),
    options: [
      { id: "cake", text: same("Cake") },
      { id: "coffee", text: same("Coffee") },
    ],
  });
  return def;
}

async function csv(orgId: string) {
  let out = "";
  for await (const chunk of responseCsvChunks(orgId)) out += chunk;
  const [head, ...lines] = out
    .replace(/^\uFEFF/, "")
    .trim()
    .split("\r\n");
  const cols = head.split(",");
  return lines.map((l) => Object.fromEntries(l.split(",").map((v, i) => [cols[i], v])));
}

describe("comparison and return questions", () => {
  it("are asked, stored from the no-JS form and the JSON post, and reported", async () => {
    const { org, link } = await makeShop();
    await db.surveyTemplate.create({
      data: {
        orgId: org.id,
        name: "Default",
        isDefault: true,
        versions: { create: { version: 1, definition: JSON.stringify(template()) } },
      },
    });
    const a = await link("cr-1");
    const page = await showSurvey(a.code, { lang: "ja" });
    if (page.view.kind !== "form") throw new Error(`form expected, got ${page.view.kind}`);
    const html = renderSurveyPage(page.view, page.locale);
    expect(html).toContain(COMPARE_QUESTION.text.ja);
    expect(html).toContain(RETURN_QUESTION.options[1].text.ja);
    expect(html).toMatch(/<fieldset[^>]*data-kind="compare"/);
    expect(html).toContain('name="compare" value="3"');
    expect(html).toContain('name="return" value="1"');

    const form = new URLSearchParams([
      ["id", newId()],
      ["lang", "ja"],
      ["compare", "3"],
      ["return", "2"],
      ["choices", "friendly"],
      ["choices", "cake"],
    ]);
    const posted = await answerSurvey(a.code, form, { limits: false });
    expect(posted.view.kind).toBe("thanks");
    const first = await db.response.findFirstOrThrow({
      where: { interactionId: a.id },
      select: { id: true, nps: true, compare: true, returnIntent: true, responseChoices: true },
    });
    expect(first).toMatchObject({ nps: null, compare: 3, returnIntent: 2 });
    expect(first.responseChoices.map((c) => `${c.questionId}/${c.optionId}`).sort()).toEqual([
      "stood-out/friendly",
      "visit-for/cake",
    ]);

    const b = await link("cr-2");
    const second = newId();
    expect(
      await ingestResponse({
        id: second,
        code: b.code,
        answers: { nps: 9, compare: 1, return: 3, choices: ["coffee"] },
      }),
    ).toEqual({ status: "stored", id: second });
    // A second option of a single-choice question is refused, naming the question.
    const c = await link("cr-3");
    expect(
      await ingestResponse({ id: newId(), code: c.code, answers: { compare: 2, choices: ["cake", "coffee"] } }),
    ).toMatchObject({ status: "rejected", field: "answers.choices[1]", error: expect.stringContaining("visit-for") });

    const rows = await csv(org.id);
    const byId = new Map(rows.map((r) => [r.response_id, r]));
    expect(byId.get(first.id)).toMatchObject({
      compare: "3",
      return: "2",
      "choice:stood-out": "friendly",
      "choice:visit-for": "cake",
    });
    expect(byId.get(second)).toMatchObject({ compare: "1", return: "3", "choice:visit-for": "coffee" });

    const scores = additionsFromSums((await additionSums(org.id, {})).org);
    expect(scores).toMatchObject({ compareN: 2, returnN: 2 });
    expect(scores.attributes).toEqual(
      expect.arrayContaining([
        { question: "visit-for", option: "cake", n: 2, count: 1, share: 50 },
        { question: "visit-for", option: "coffee", n: 2, count: 1, share: 50 },
      ]),
    );
  });
});
