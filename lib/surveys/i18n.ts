// Page chrome for the survey and kiosk pages in the five locales, and the choice of locale:
// an explicit ?lang= wins, then the browser's Accept-Language (by q-value), then the
// interaction's and the organisation's default, then English. Pure: no Next, React or Prisma.
import { LOCALES, type Locale } from "../orgs/schema";
import { CHROME_DE, CHROME_EN, CHROME_FI, CHROME_JA, CHROME_RU, type Chrome } from "./chrome-strings";

export type { Chrome };
export { LOCALES, type Locale };

const CHROME: Record<Locale, Chrome> = { en: CHROME_EN, ja: CHROME_JA, de: CHROME_DE, ru: CHROME_RU, fi: CHROME_FI };

export const LANGUAGE_NAMES: Record<Locale, string> = {
  en: "English",
  ja: "日本語",
  de: "Deutsch",
  ru: "Русский",
  fi: "Suomi",
};

export function chrome(locale: Locale): Chrome {
  return CHROME[locale];
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** Fills "{name}" placeholders. */
export function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}

/** Locales in Accept-Language order (highest q first, ties keep header order); q=0 means "not this one". */
export function parseAcceptLanguage(header: string | null | undefined): Locale[] {
  if (!header) return [];
  const ranked = header
    .split(",")
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(";");
      const qParam = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const q = qParam ? Number(qParam.slice(2)) : 1;
      return { primary: tag.trim().toLowerCase().split("-")[0], q: Number.isFinite(q) ? q : 0, index };
    })
    .filter((r) => r.primary && r.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  const out: Locale[] = [];
  for (const r of ranked) if (isLocale(r.primary) && !out.includes(r.primary)) out.push(r.primary);
  return out;
}

export function negotiateLocale(opts: {
  override?: string | null;
  acceptLanguage?: string | null;
  fallbacks?: (string | null | undefined)[];
}): Locale {
  const override = opts.override?.toLowerCase();
  if (isLocale(override)) return override;
  const accepted = parseAcceptLanguage(opts.acceptLanguage);
  if (accepted.length) return accepted[0];
  for (const f of opts.fallbacks ?? []) if (isLocale(f)) return f;
  return "en";
}
