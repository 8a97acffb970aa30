// The no-JavaScript path: a posted survey form becomes one ingestResponse call, and the
// result becomes the page to show (thank-you, already answered, or the form again with the
// customer's values kept and the error beside the field).
import { randomBytes } from "node:crypto";
import type { Limits } from "../http/limits";
import { ingestResponse } from "../responses/ingest";
import { chrome, fill, negotiateLocale, type Locale } from "./i18n";
import { parseSurveyForm } from "./form-input";
import { findSurvey } from "./lookup";
import type { SurveyView } from "./render";
import { SCALES, type Question } from "./template-schema";

export type PageResult = { status: number; view: SurveyView; locale: Locale };

export const newClientId = () => randomBytes(16).toString("hex");

const STATE_STATUS = { answered: 200, expired: 410, unknown: 404 } as const;

/** GET /s/<code> */
export async function showSurvey(
  code: string,
  opts: { lang?: string | null; acceptLanguage?: string },
): Promise<PageResult> {
  const survey = await findSurvey(code);
  if (survey.state === "unknown")
    return {
      status: 404,
      view: { kind: "unknown", code },
      locale: negotiateLocale({ override: opts.lang, acceptLanguage: opts.acceptLanguage }),
    };
  const locale = negotiateLocale({
    override: opts.lang,
    acceptLanguage: opts.acceptLanguage,
    fallbacks: [survey.defaultLocale],
  });
  if (survey.state !== "open")
    return { status: STATE_STATUS[survey.state], view: { kind: survey.state, code, orgName: survey.orgName }, locale };
  return {
    status: 200,
    view: { kind: "form", code, orgName: survey.orgName, template: survey.template, clientId: newClientId() },
    locale,
  };
}

/** POST /s/<code> */
export async function answerSurvey(
  code: string,
  body: URLSearchParams,
  opts: { acceptLanguage?: string; ip?: string; limits?: Limits | false },
): Promise<PageResult> {
  const survey = await findSurvey(code);
  const locale = negotiateLocale({
    override: body.get("lang"),
    acceptLanguage: opts.acceptLanguage,
    fallbacks: [survey.state === "unknown" ? null : survey.defaultLocale],
  });
  if (survey.state === "unknown") return { status: 404, view: { kind: "unknown", code }, locale };
  const t = chrome(locale);
  const form = parseSurveyForm(body, survey.template, t);
  const base = {
    kind: "form" as const,
    code,
    orgName: survey.orgName,
    template: survey.template,
    values: form.values,
  };
  // A post without a valid id (a hand-made request) gets a fresh one; the form always carries one.
  const clientId = form.id || newClientId();
  if (Object.keys(form.errors).length)
    return { status: 422, view: { ...base, clientId, errors: form.errors, formError: t.fixBelow }, locale };
  if (form.empty) return { status: 422, view: { ...base, clientId, formError: t.errEmpty }, locale };

  const result = await ingestResponse(
    {
      id: clientId,
      code,
      answers: form.answers,
      locale,
      ...(form.callback ? { callback: { contact: form.callback, consent: true } } : {}),
    },
    {
      ip: opts.ip,
      limits: opts.limits,
    },
  );
  if (result.status !== "rejected")
    return { status: 200, view: { kind: "thanks", code, orgName: survey.orgName, template: survey.template }, locale };
  switch (result.httpStatus) {
    case 404:
      return { status: 404, view: { kind: "unknown", code }, locale };
    case 409:
      return { status: 409, view: { kind: "answered", code, orgName: survey.orgName }, locale };
    case 410:
      return { status: 410, view: { kind: "expired", code, orgName: survey.orgName }, locale };
    case 429:
      return { status: 429, view: { ...base, clientId, formError: t.errRateLimited }, locale };
    default: {
      // The form was checked above, so this is rare; word it for the customer, not the developer.
      const q = fieldQuestion(result.field, survey.template.questions);
      const message = !q
        ? undefined
        : q.kind === "comment"
          ? t.errTooLong
          : q.kind === "choice" || q.kind === "compare" || q.kind === "return"
            ? t.errChoice
            : fill(t.errRange, { min: SCALES[q.kind][0], max: SCALES[q.kind][1] });
      const errors = q && message ? { [q.id]: message } : undefined;
      return { status: 422, view: { ...base, clientId, errors, formError: q ? t.fixBelow : t.errorBody }, locale };
    }
  }
}

/** Maps an ingest field path ("answers.nps", "answers.comment") to the template's question id. */
function fieldQuestion(field: string | undefined, questions: Question[]): Question | undefined {
  const kind = field
    ?.replace(/^answers\./, "")
    .replace(/\[\d+\]$/, "")
    .replace(/^choices$/, "choice");
  return questions.find((q) => q.kind === kind);
}
