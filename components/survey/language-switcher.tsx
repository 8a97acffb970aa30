// A <details> menu of the five languages: plain links without JavaScript (?lang=xx),
// buttons the kiosk script handles when hrefFor is not given.
import { LANGUAGE_NAMES, LOCALES, type Locale } from "@/lib/surveys/i18n";

export function LanguageSwitcher({
  locale,
  label,
  hrefFor,
}: {
  locale: Locale;
  label: string;
  hrefFor?: (l: Locale) => string;
}) {
  return (
    <details className="lang">
      <summary aria-label={`${label}: ${LANGUAGE_NAMES[locale]}`}>
        <svg
          width="18"
          height="18"
          viewBox="0 0 24 24"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          aria-hidden="true"
          focusable="false"
        >
          <path d="M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18zM3.6 9h16.8M3.6 15h16.8M12 3a14 14 0 0 1 0 18M12 3a14 14 0 0 0 0 18" />
        </svg>
        {LANGUAGE_NAMES[locale]}
      </summary>
      <ul>
        {LOCALES.map((l) => (
          <li key={l} lang={l}>
            {hrefFor ? (
              <a href={hrefFor(l)} hrefLang={l} aria-current={l === locale ? "true" : undefined}>
                {LANGUAGE_NAMES[l]}
              </a>
            ) : (
              <button type="button" data-lang={l} aria-current={l === locale ? "true" : undefined}>
                {LANGUAGE_NAMES[l]}
              </button>
            )}
          </li>
        ))}
      </ul>
    </details>
  );
}
