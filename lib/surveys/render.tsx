// Renders the survey page to static HTML (React escapes every text, comments included).
import { renderToStaticMarkup } from "react-dom/server";
import { SurveyPage, type SurveyView } from "@/components/survey/survey-page";
import type { Locale } from "./i18n";

export type { SurveyView };

export function renderSurveyPage(
  view: SurveyView,
  locale: Locale,
  script?: { src: string } | { inline: string },
): string {
  return "<!doctype html>" + renderToStaticMarkup(<SurveyPage view={view} locale={locale} script={script} />);
}
