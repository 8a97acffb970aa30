// The survey itself: a plain form that posts without JavaScript. The script in
// lib/offline/survey-client.ts enhances it (outbox, resume) using the data-* attributes.
import type { Chrome, Locale } from "@/lib/surveys/i18n";
import type { TemplateDefinition } from "@/lib/surveys/template-schema";
import { MessagePanel } from "./message-panel";
import { CallbackQuestion, QuestionView, type FormValues } from "./questions";

export type FormErrors = Record<string, string>;

export function SurveyForm(props: {
  template: TemplateDefinition;
  locale: Locale;
  t: Chrome;
  action: string;
  clientId: string;
  code?: string;
  values?: FormValues;
  errors?: FormErrors;
  formError?: string;
  /** offer the call back on a low score (the customer's own survey page; never a shared kiosk) */
  callback?: boolean;
}) {
  const { template, locale, t } = props;
  const errors = props.errors ?? {};
  return (
    <>
      <div id="ask">
        <h1>{template.intro[locale]}</h1>
        <p className="lead">{t.allOptional}</p>
        <p className="info" id="offline-note" role="status" hidden>
          {t.offlineNote}
        </p>
        <p className="alert" role="alert" id="form-err" hidden={!props.formError}>
          {props.formError}
        </p>
        <form
          method="post"
          action={props.action}
          id="survey"
          data-code={props.code}
          data-lang={locale}
          data-sending={t.sending}
          data-clear={t.clear}
          data-err-empty={t.errEmpty}
          data-err-generic={t.errorBody}
          data-answered={t.answeredBody}
          data-expired={t.expiredBody}
          data-err-contact={t.errContact}
          data-err-consent={t.errConsent}
        >
          <input type="hidden" name="id" value={props.clientId} />
          <input type="hidden" name="lang" value={locale} />
          {template.questions.map((q) => (
            <QuestionView key={q.id} q={q} values={props.values ?? {}} errors={errors} locale={locale} t={t} />
          ))}
          {props.callback && template.questions.some((q) => q.kind === "nps" || q.kind === "csat") && (
            <CallbackQuestion values={props.values ?? {}} t={t} error={errors.callback} />
          )}
          <button className="btn" type="submit">
            {t.submit}
          </button>
        </form>
      </div>
      <MessagePanel id="queued" icon="clock" title={t.queuedTitle} body={t.queuedBody} sub={t.queuedHint} hidden />
      <MessagePanel id="done" icon="check" title={t.thanksTitle} body={template.thankYou[locale]} hidden />
    </>
  );
}
