// The kiosk shell: a full-screen stage the kiosk script fills with the touchpoint's survey
// (fetched with the device key, kept for offline use) and a pending-count badge.
import { KIOSK_MANIFEST_PATH } from "@/lib/offline/kiosk-manifest";
import { chrome, type Locale } from "@/lib/surveys/i18n";
import type { TemplateDefinition } from "@/lib/surveys/template-schema";
import { LanguageSwitcher } from "./language-switcher";
import { MessagePanel } from "./message-panel";
import { SurveyDocument } from "./survey-document";
import { SurveyForm } from "./survey-form";

export function KioskPage({ locale, script }: { locale: Locale; script?: string }) {
  const t = chrome(locale);
  return (
    <SurveyDocument
      locale={locale}
      title={`Ensemble · ${t.kioskTitle}`}
      script={script}
      manifest={`${KIOSK_MANIFEST_PATH}?lang=${locale}`}
      bodyClass="kiosk"
    >
      <main className="wrap">
        <header className="top">
          <p className="org" id="k-org"></p>
          <span className="badge" id="k-badge" role="status" aria-live="polite" hidden></span>
          <LanguageSwitcher locale={locale} label={t.language} />
        </header>
        <div id="k-stage" data-no-key={t.kioskNoKey} data-bad-key={t.kioskBadKey}>
          <MessagePanel id="k-wait" icon="clock" title={t.kioskLoading} />
        </div>
      </main>
    </SurveyDocument>
  );
}

/** One locale's survey for the kiosk: the shared form, posted by the script, never by the browser. */
export function KioskForm({ template, locale }: { template: TemplateDefinition; locale: Locale }) {
  const t = chrome(locale);
  return (
    <div data-pending={t.kioskPending} data-all-sent={t.kioskAllSent} data-lang-label={t.language}>
      <SurveyForm template={template} locale={locale} t={t} action="/kiosk" clientId="" />
      <MessagePanel
        id="k-next"
        icon="check"
        title={t.thanksTitle}
        body={template.thankYou[locale]}
        sub={t.kioskNext}
        hidden
      />
    </div>
  );
}
