// The HTML shell of every customer-facing page: inline CSS, no web fonts, at most one script:
// linked (`script`, deferred) or carried in the page itself (`inlineScript`, at the end of <body>
// so it runs once the form is parsed, allowed by its hash in the page's CSP), which saves a
// round trip on a slow network.
import type { ReactNode } from "react";
import { SURVEY_CSS } from "./styles";

// An inline icon, so the browser does not fetch /favicon.ico on a first visit.
const FAVICON =
  "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'%3E%3Crect width='16' height='16' rx='4' fill='%230b6b61'/%3E%3Cpath d='M4 5h8M4 8h6M4 11h8' stroke='%23fff' stroke-width='1.6'/%3E%3C/svg%3E";

export function SurveyDocument(props: {
  locale: string;
  title: string;
  script?: string;
  inlineScript?: string;
  /** the web app manifest's path, on pages a person may install */
  manifest?: string;
  bodyClass?: string;
  children: ReactNode;
}) {
  return (
    <html lang={props.locale}>
      {/* eslint-disable-next-line @next/next/no-head-element -- rendered to static markup by a route handler (lib/surveys/render.tsx), outside the App Router, so next/head does not apply */}
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="theme-color" content="#0b6b61" />
        <meta name="robots" content="noindex, nofollow" />
        <title>{props.title}</title>
        <link rel="icon" href={FAVICON} />
        {props.manifest ? <link rel="manifest" href={props.manifest} /> : null}
        <style dangerouslySetInnerHTML={{ __html: SURVEY_CSS }} />
        {props.script ? <script src={props.script} defer /> : null}
      </head>
      <body className={props.bodyClass}>
        {props.children}
        {props.inlineScript ? <script dangerouslySetInnerHTML={{ __html: props.inlineScript }} /> : null}
      </body>
    </html>
  );
}
