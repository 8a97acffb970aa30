"use client";
import { Component, useEffect, useRef, useState } from "react";
import { createPortal } from "react-dom";
import { MessagePanel } from "@/components/survey/message-panel";
import { SURVEY_CSS } from "@/components/survey/styles";
import { SurveyForm } from "@/components/survey/survey-form";
import { chrome, type Locale } from "@/lib/surveys/i18n";
import type { TemplateDefinition } from "@/lib/surveys/template-schema";

const SHELL =
  '<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"></head><body></body></html>';

/**
 * The customer's survey as a phone shows it, rendered with the survey page's own components
 * and stylesheet inside an iframe (so the admin app's styles cannot leak in), from the
 * editor's current, unsaved values.
 */
export function TemplatePreview({
  definition,
  locale,
  orgName,
}: {
  definition: TemplateDefinition;
  locale: Locale;
  orgName: string;
}) {
  const frame = useRef<HTMLIFrameElement>(null);
  const [body, setBody] = useState<HTMLElement | null>(null);
  const [screen, setScreen] = useState<"form" | "thanks">("form");

  function attach() {
    const doc = frame.current?.contentDocument;
    if (!doc?.body) return;
    if (!doc.getElementById("survey-css")) {
      const style = doc.createElement("style");
      style.id = "survey-css";
      style.textContent = SURVEY_CSS;
      doc.head.appendChild(style);
      doc.addEventListener("submit", (e) => e.preventDefault());
    }
    setBody(doc.body);
  }
  useEffect(() => {
    if (frame.current?.contentDocument?.readyState === "complete") attach();
  }, []);
  useEffect(() => {
    body?.ownerDocument.documentElement.setAttribute("lang", locale);
  }, [body, locale]);

  const t = chrome(locale);
  return (
    <div>
      <div className="mb-2 flex items-center justify-between gap-2">
        <h2 className="text-sm font-semibold tracking-wide text-ink-soft uppercase">Phone preview</h2>
        <div
          className="flex rounded-lg border border-line-strong p-0.5 text-sm"
          role="group"
          aria-label="Preview screen"
        >
          {(["form", "thanks"] as const).map((s) => (
            <button
              key={s}
              type="button"
              aria-pressed={screen === s}
              onClick={() => setScreen(s)}
              className={`rounded-md px-2.5 py-1 ${screen === s ? "bg-brand text-white" : "text-ink-soft"}`}
            >
              {s === "form" ? "Questions" : "Thank you"}
            </button>
          ))}
        </div>
      </div>
      <div className="mx-auto w-full max-w-[360px] rounded-[2rem] border-[10px] border-ink bg-ink shadow-xl">
        <iframe
          ref={frame}
          title="Survey preview"
          srcDoc={SHELL}
          onLoad={attach}
          className="block h-[600px] w-full rounded-[1.3rem] bg-white"
        />
      </div>
      {body &&
        createPortal(
          <main className="wrap">
            <header className="top">
              <p className="org">{orgName}</p>
            </header>
            <PreviewBoundary key={JSON.stringify(definition).length + locale + screen}>
              {screen === "form" ? (
                <SurveyForm template={definition} locale={locale} t={t} action="#" clientId="preview" />
              ) : (
                <MessagePanel icon="check" title={t.thanksTitle} body={definition.thankYou?.[locale]} />
              )}
            </PreviewBoundary>
          </main>,
          body,
        )}
    </div>
  );
}

/** A half-edited template must never blank the editor: show a note instead of the preview. */
class PreviewBoundary extends Component<{ children: React.ReactNode }, { failed: boolean }> {
  state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  render() {
    return this.state.failed ? (
      <p className="lead">The preview appears once the template is complete.</p>
    ) : (
      this.props.children
    );
  }
}
