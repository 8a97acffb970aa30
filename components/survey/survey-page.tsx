// Every state of the customer's survey page, from one component: the open form (with the
// values and errors of a failed post), the thank-you page and the friendly dead ends.
import { chrome, type Locale } from "@/lib/surveys/i18n";
import type { TemplateDefinition } from "@/lib/surveys/template-schema";
import { LanguageSwitcher } from "./language-switcher";
import { MessagePanel } from "./message-panel";
import type { FormValues } from "./questions";
import { SurveyDocument } from "./survey-document";
import { SurveyForm, type FormErrors } from "./survey-form";

export type SurveyView =
  | {
      kind: "form";
      code: string;
      orgName: string;
      template: TemplateDefinition;
      clientId: string;
      values?: FormValues;
      errors?: FormErrors;
      formError?: string;
    }
  | { kind: "thanks"; code: string; orgName: string; template: TemplateDefinition }
  | { kind: "answered" | "expired" | "error"; code: string; orgName?: string }
  | { kind: "unknown"; code: string };

/** `script`: the page script's URL, or its text to inline (under a CSP hash the caller sends). */
export function SurveyPage({
  view,
  locale,
  script,
}: {
  view: SurveyView;
  locale: Locale;
  script?: { src: string } | { inline: string };
}) {
  const t = chrome(locale);
  const orgName = "orgName" in view ? view.orgName : undefined;
  const hrefFor = (l: Locale) => `/s/${encodeURIComponent(view.code)}?lang=${l}`;
  return (
    <SurveyDocument
      locale={locale}
      title={orgName ? `${orgName} · ${t.htmlTitle}` : t.htmlTitle}
      script={view.kind === "form" && script && "src" in script ? script.src : undefined}
      inlineScript={view.kind === "form" && script && "inline" in script ? script.inline : undefined}
    >
      <main className="wrap">
        <header className="top">
          <p className="org">{orgName ?? ""}</p>
          <LanguageSwitcher locale={locale} label={t.language} hrefFor={hrefFor} />
        </header>
        <Body view={view} locale={locale} />
      </main>
    </SurveyDocument>
  );
}

function Body({ view, locale }: { view: SurveyView; locale: Locale }) {
  const t = chrome(locale);
  switch (view.kind) {
    case "form":
      return (
        <SurveyForm
          template={view.template}
          locale={locale}
          t={t}
          action={`/s/${encodeURIComponent(view.code)}`}
          code={view.code}
          clientId={view.clientId}
          values={view.values}
          errors={view.errors}
          formError={view.formError}
          callback
        />
      );
    case "thanks":
      return <MessagePanel icon="check" title={t.thanksTitle} body={view.template.thankYou[locale]} />;
    case "answered":
      return <MessagePanel icon="check" title={t.answeredTitle} body={t.answeredBody} />;
    case "expired":
      return <MessagePanel icon="clock" tone="warn" title={t.expiredTitle} body={t.expiredBody} />;
    case "unknown":
      return <MessagePanel icon="info" tone="warn" title={t.unknownTitle} body={t.unknownBody} />;
    case "error":
      return (
        <MessagePanel icon="info" tone="warn" title={t.errorTitle} body={t.errorBody}>
          <a className="btn" href={`/s/${encodeURIComponent(view.code)}?lang=${locale}`}>
            {t.tryAgain}
          </a>
        </MessagePanel>
      );
  }
}
