// One component per question kind. Scales and choices are real fieldsets of radios or
// checkboxes with labels, so keyboards and screen readers get native behaviour.
import type { Chrome, Locale } from "@/lib/surveys/i18n";
import {
  COMMENT_MAX,
  SCALES,
  type ChoiceQuestion as ChoiceQ,
  type Question,
  type ScaleQuestion as ScaleQ,
  type ThreePointQuestion as ThreePointQ,
} from "@/lib/surveys/template-schema";

export type FormValues = {
  nps?: number;
  csat?: number;
  ces?: number;
  comment?: string;
  compare?: number;
  return?: number;
  choices?: string[];
  contact?: string;
  consent?: boolean;
};

/** Scale values on which the survey offers a call back (lib/responses/schema.ts isLowScore). */
const LOW: Partial<Record<string, number>> = { nps: 6, csat: 2 };

type Common = { locale: Locale; t: Chrome; error?: string };

function describedBy(...ids: (string | false | undefined)[]) {
  return ids.filter(Boolean).join(" ") || undefined;
}

function FieldError({ id, error }: { id: string; error?: string }) {
  return error ? (
    <p className="ferr" id={id}>
      {error}
    </p>
  ) : null;
}

export function ScaleQuestion({ q, value, locale, t, error }: Common & { q: ScaleQ; value?: number }) {
  const [min, max] = SCALES[q.kind];
  const id = `q-${q.id}`;
  const low = q.lowLabel?.[locale] ?? t[`${q.kind}Low`];
  const high = q.highLabel?.[locale] ?? t[`${q.kind}High`];
  const values = Array.from({ length: max - min + 1 }, (_, i) => min + i);
  return (
    <fieldset
      className={error ? "q bad" : "q"}
      id={id}
      data-kind={q.kind}
      aria-describedby={describedBy(`${id}-ends`, error && `${id}-err`)}
    >
      <legend>{q.text[locale]}</legend>
      <div className={`scale s${values.length}`}>
        {values.map((v) => (
          <label className="opt" key={v}>
            <input
              type="radio"
              name={q.kind}
              value={v}
              defaultChecked={value === v}
              data-low={v <= (LOW[q.kind] ?? -1) ? "" : undefined}
            />
            <span>{v}</span>
          </label>
        ))}
      </div>
      <p className="ends" id={`${id}-ends`}>
        <span>{low}</span>
        <span>{high}</span>
      </p>
      <FieldError id={`${id}-err`} error={error} />
    </fieldset>
  );
}

export function ChoiceQuestion({ q, value, locale, t, error }: Common & { q: ChoiceQ; value?: string[] }) {
  const id = `q-${q.id}`;
  return (
    <fieldset
      className={error ? "q bad" : "q"}
      id={id}
      data-kind="choice"
      aria-describedby={describedBy(`${id}-hint`, error && `${id}-err`)}
    >
      <legend>{q.text[locale]}</legend>
      <p className="hint" id={`${id}-hint`}>
        {q.multiple ? t.chooseAny : t.chooseOne}
      </p>
      <div className="chips">
        {q.options.map((o) => (
          <label className="chip" key={o.id}>
            <input
              type={q.multiple ? "checkbox" : "radio"}
              name="choices"
              value={o.id}
              defaultChecked={value?.includes(o.id)}
            />
            <span>{o.text[locale]}</span>
          </label>
        ))}
      </div>
      <FieldError id={`${id}-err`} error={error} />
    </fieldset>
  );
}

/** Compared with others / coming back: three answers, the n-th sent (and stored) as n. */
export function ThreePointQuestion({ q, value, locale, t, error }: Common & { q: ThreePointQ; value?: number }) {
  const id = `q-${q.id}`;
  return (
    <fieldset
      className={error ? "q bad" : "q"}
      id={id}
      data-kind={q.kind}
      aria-describedby={describedBy(`${id}-hint`, error && `${id}-err`)}
    >
      <legend>{q.text[locale]}</legend>
      <p className="hint" id={`${id}-hint`}>
        {t.chooseOne}
      </p>
      <div className="chips">
        {q.options.map((o, i) => (
          <label className="chip" key={o.id}>
            <input type="radio" name={q.kind} value={i + 1} defaultChecked={value === i + 1} />
            <span>{o.text[locale]}</span>
          </label>
        ))}
      </div>
      <FieldError id={`${id}-err`} error={error} />
    </fieldset>
  );
}

export function CommentQuestion({
  q,
  value,
  locale,
  t,
  error,
}: Common & { q: Extract<Question, { kind: "comment" }>; value?: string }) {
  const id = `q-${q.id}`;
  return (
    <div className={error ? "q bad" : "q"} id={id} data-kind="comment">
      <label htmlFor={`${id}-in`}>{q.text[locale]}</label>
      <p className="hint" id={`${id}-hint`}>
        {t.commentHint}
      </p>
      <textarea
        id={`${id}-in`}
        name="comment"
        rows={4}
        maxLength={COMMENT_MAX}
        defaultValue={value}
        aria-describedby={describedBy(`${id}-hint`, error && `${id}-err`)}
        aria-invalid={error ? true : undefined}
      />
      <FieldError id={`${id}-err`} error={error} />
    </div>
  );
}

/**
 * "May we contact you?": shown by the stylesheet only while a low score is picked (no script
 * needed), with a consent box; the server takes it only with a low score and the box ticked.
 */
export function CallbackQuestion({ values, t, error }: { values: FormValues; t: Chrome; error?: string }) {
  return (
    <fieldset className={error ? "q cb bad" : "q cb"} id="q-callback" aria-describedby="cb-hint">
      <legend>{t.callbackTitle}</legend>
      <p className="hint" id="cb-hint">
        {t.callbackHint}
      </p>
      <label className="lbl" htmlFor="cb-in">
        {t.callbackLabel}
      </label>
      <input
        id="cb-in"
        className="txt"
        name="contact"
        maxLength={120}
        autoComplete="off"
        defaultValue={values.contact}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? "cb-err" : undefined}
      />
      <label className="ck">
        <input type="checkbox" name="consent" value="yes" defaultChecked={values.consent} />
        <span>{t.callbackConsent}</span>
      </label>
      <FieldError id="cb-err" error={error} />
    </fieldset>
  );
}

export function QuestionView({
  q,
  values,
  errors,
  locale,
  t,
}: {
  q: Question;
  values: FormValues;
  errors: Record<string, string>;
  locale: Locale;
  t: Chrome;
}) {
  const common = { locale, t, error: errors[q.id] };
  switch (q.kind) {
    case "nps":
    case "csat":
    case "ces":
      return <ScaleQuestion q={q} value={values[q.kind]} {...common} />;
    case "choice":
      return <ChoiceQuestion q={q} value={values.choices} {...common} />;
    case "compare":
    case "return":
      return <ThreePointQuestion q={q} value={values[q.kind]} {...common} />;
    case "comment":
      return <CommentQuestion q={q} value={values.comment} {...common} />;
  }
}
