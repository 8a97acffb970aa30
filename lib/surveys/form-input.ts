// The no-JavaScript form post: application/x-www-form-urlencoded fields (id, lang, nps, csat,
// ces, comment, compare, return, choices...) checked against the template. Errors are keyed by question id and
// worded for the customer; the ingest then applies the shared response schema again.
import type { Chrome } from "./i18n";
import { fill } from "./i18n";
import { COMMENT_MAX, SCALES, type TemplateDefinition } from "./template-schema";
import { charCount, RESPONSE_ID_RE } from "../validation";
import { isContact } from "../validation/contact-format";
import { CONTACT_MAX } from "../validation/contact";

export type SurveyAnswers = {
  nps?: number;
  csat?: number;
  ces?: number;
  comment?: string;
  compare?: number;
  return?: number;
  choices?: string[];
};
/** What the form shows again after a failed post: the answers, and the callback as typed. */
export type SurveyFormValues = SurveyAnswers & { contact?: string; consent?: boolean };

export type ParsedSurveyForm = {
  id: string;
  lang: string | null;
  answers: SurveyAnswers;
  values: SurveyFormValues;
  /** the callback contact, when a low score was given with a contact and the consent box ticked */
  callback?: string;
  /** question id (or "callback") → message; empty when the answers may go to ingest. */
  errors: Record<string, string>;
  /** set when no score and no comment was given */
  empty: boolean;
};

export function parseSurveyForm(body: URLSearchParams, template: TemplateDefinition, t: Chrome): ParsedSurveyForm {
  const answers: SurveyAnswers = {};
  const errors: Record<string, string> = {};
  for (const q of template.questions) {
    if (q.kind === "nps" || q.kind === "csat" || q.kind === "ces") {
      const raw = body.get(q.kind);
      if (raw === null || raw === "") continue;
      const [min, max] = SCALES[q.kind];
      const n = Number(raw);
      if (Number.isInteger(n) && n >= min && n <= max) answers[q.kind] = n;
      else errors[q.id] = fill(t.errRange, { min, max });
    } else if (q.kind === "comment") {
      // Stored verbatim (only line endings normalised, as browsers send CRLF); blank means skipped.
      // Characters no keyboard types (NUL, other controls) are dropped rather than costing the
      // customer their answer; a browser never sends half a surrogate pair in a form.
      const raw = storableComment(body.get("comment") ?? "");
      if (!raw.trim()) continue;
      if (charCount(raw) > COMMENT_MAX) errors[q.id] = t.errTooLong;
      answers.comment = raw;
    } else if (q.kind === "compare" || q.kind === "return") {
      // The n-th of the three answers is sent, and stored, as n.
      const raw = body.get(q.kind);
      if (raw === null || raw === "") continue;
      const n = Number(raw);
      if (Number.isInteger(n) && n >= 1 && n <= 3) answers[q.kind] = n;
      else errors[q.id] = t.errChoice;
    } else {
      const allowed = new Set(q.options.map((o) => o.id));
      const picked = body.getAll("choices").filter((c) => allowed.has(c));
      if (body.getAll("choices").some((c) => !allowed.has(c) && !isOtherOption(template, c)))
        errors[q.id] = t.errChoice;
      if (!q.multiple && picked.length > 1) errors[q.id] = t.errChoice;
      if (picked.length) answers.choices = [...(answers.choices ?? []), ...picked];
    }
  }
  // The call back is offered (and taken) only with a low score; hidden otherwise, so a contact typed
  // before the score was raised is dropped rather than refused.
  const contact = (body.get("contact") ?? "").trim();
  const consent = body.get("consent") === "yes";
  let callback: string | undefined;
  if (contact && isLowScore(answers)) {
    if (!isContact(contact) || charCount(contact) > CONTACT_MAX) errors.callback = t.errContact;
    else if (!consent) errors.callback = t.errConsent;
    else callback = contact;
  }
  // Ingest needs a score, a comparison, a return intent or a comment; a tag alone says too little.
  const empty =
    Object.keys(errors).length === 0 &&
    answers.nps === undefined &&
    answers.csat === undefined &&
    answers.ces === undefined &&
    answers.compare === undefined &&
    answers.return === undefined &&
    answers.comment === undefined;
  const rawId = body.get("id") ?? "";
  return {
    id: RESPONSE_ID_RE.test(rawId) ? rawId.toLowerCase() : "",
    lang: body.get("lang"),
    answers,
    values: { ...answers, contact: contact || undefined, consent },
    callback,
    errors,
    empty,
  };
}

/** lib/responses/schema.ts isLowScore, without pulling zod into this module's callers. */
function isLowScore(a: SurveyAnswers) {
  return (a.nps !== undefined && a.nps <= 6) || (a.csat !== undefined && a.csat <= 2);
}

function isOtherOption(template: TemplateDefinition, id: string) {
  return template.questions.some((q) => q.kind === "choice" && q.options.some((o) => o.id === id));
}

/** Browsers send CRLF; controls other than tab and line feed, and lone surrogates, cannot be stored. */
function storableComment(raw: string) {
  return (
    raw
      .replace(/\r\n?/g, "\n")
      // eslint-disable-next-line no-control-regex -- removing control characters is the point
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "")
      .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd")
  );
}
