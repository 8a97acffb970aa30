// The no-JavaScript form post: application/x-www-form-urlencoded fields (id, lang, nps, csat,
// ces, comment, choices...) checked against the template. Errors are keyed by question id and
// worded for the customer; the ingest then applies the shared response schema again.
import type { Chrome } from "./i18n";
import { fill } from "./i18n";
import { COMMENT_MAX, SCALES, type TemplateDefinition } from "./template-schema";

export type SurveyAnswers = { nps?: number; csat?: number; ces?: number; comment?: string; choices?: string[] };

export type ParsedSurveyForm = {
  id: string;
  lang: string | null;
  answers: SurveyAnswers;
  /** question id → message; empty when the answers may go to ingest. */
  errors: Record<string, string>;
  /** set when no score and no comment was given */
  empty: boolean;
};

export const CLIENT_ID_RE = /^([0-9a-f]{32}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

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
      const raw = (body.get("comment") ?? "").replace(/\r\n/g, "\n");
      if (!raw.trim()) continue;
      if ([...raw].length > COMMENT_MAX) errors[q.id] = t.errTooLong;
      answers.comment = raw;
    } else {
      const allowed = new Set(q.options.map((o) => o.id));
      const picked = body.getAll("choices").filter((c) => allowed.has(c));
      if (body.getAll("choices").some((c) => !allowed.has(c) && !isOtherOption(template, c)))
        errors[q.id] = t.errChoice;
      if (!q.multiple && picked.length > 1) errors[q.id] = t.errChoice;
      if (picked.length) answers.choices = [...(answers.choices ?? []), ...picked];
    }
  }
  // Ingest needs a score or a comment; a tag alone says too little to credit anyone.
  const empty =
    Object.keys(errors).length === 0 &&
    answers.nps === undefined &&
    answers.csat === undefined &&
    answers.ces === undefined &&
    answers.comment === undefined;
  const rawId = body.get("id") ?? "";
  return { id: CLIENT_ID_RE.test(rawId) ? rawId.toLowerCase() : "", lang: body.get("lang"), answers, errors, empty };
}

function isOtherOption(template: TemplateDefinition, id: string) {
  return template.questions.some((q) => q.kind === "choice" && q.options.some((o) => o.id === id));
}
