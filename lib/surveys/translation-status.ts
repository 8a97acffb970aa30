// Which translations lag behind the English text. Each translated text remembers a fingerprint of
// the English it was translated from (definition.sources); when the English changes and a
// translation is not edited in the same save, that translation keeps the old fingerprint and shows
// as outdated. Definitions saved before fingerprints existed count as up to date.
import { LOCALES, type Locale } from "../orgs/schema";
import { hasOptions, type LocalizedText, type TemplateDefinition } from "./template-schema";

export const SOURCE_LOCALE = "en" satisfies Locale;
export type TranslatedLocale = Exclude<Locale, typeof SOURCE_LOCALE>;
export const TRANSLATED_LOCALES = LOCALES.filter((l): l is TranslatedLocale => l !== SOURCE_LOCALE);

/** One text of the template: a stable key (by question/option id, so reordering changes nothing) and its form path. */
export type TextEntry = { key: string; path: string; text: LocalizedText };

type Definition = Pick<TemplateDefinition, "intro" | "thankYou" | "questions"> & {
  sources?: Record<string, Partial<Record<Locale, string>>>;
};

export function textEntries(def: Definition): TextEntry[] {
  const out: TextEntry[] = [
    { key: "intro", path: "intro", text: def.intro },
    { key: "thankYou", path: "thankYou", text: def.thankYou },
  ];
  def.questions.forEach((q, i) => {
    out.push({ key: `q:${q.id}`, path: `questions.${i}.text`, text: q.text });
    if ("lowLabel" in q && q.lowLabel)
      out.push({ key: `q:${q.id}:low`, path: `questions.${i}.lowLabel`, text: q.lowLabel });
    if ("highLabel" in q && q.highLabel)
      out.push({ key: `q:${q.id}:high`, path: `questions.${i}.highLabel`, text: q.highLabel });
    if (hasOptions(q))
      q.options.forEach((o, j) =>
        out.push({ key: `q:${q.id}:o:${o.id}`, path: `questions.${i}.options.${j}.text`, text: o.text }),
      );
  });
  return out;
}

/** FNV-1a over the trimmed text: short, stable, and the same in the browser and on the server. */
export function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (const ch of text.trim()) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}

/**
 * The fingerprints to store with `next`, given the version it replaces. A translation edited in this
 * save, or a text new in this save, is stamped with the current English; otherwise it keeps what it
 * had (or, for older definitions, the English it stood next to until now).
 */
export function stampSources(previous: Definition | null, next: Definition): Record<string, Record<string, string>> {
  const before = new Map(previous ? textEntries(previous).map((e) => [e.key, e]) : []);
  const sources: Record<string, Record<string, string>> = {};
  for (const e of textEntries(next)) {
    const prev = before.get(e.key);
    const current = fingerprint(e.text[SOURCE_LOCALE] ?? "");
    const stamps: Record<string, string> = {};
    for (const l of TRANSLATED_LOCALES) {
      const edited = !prev || (prev.text[l] ?? "").trim() !== (e.text[l] ?? "").trim();
      stamps[l] = edited ? current : (previous?.sources?.[e.key]?.[l] ?? fingerprint(prev.text[SOURCE_LOCALE] ?? ""));
    }
    sources[e.key] = stamps;
  }
  return sources;
}

export type TextState = "missing" | "outdated";
export type LocaleStatus = { missing: number; outdated: number; fields: Record<string, TextState> };

/** Per translated language: blank texts, texts older than the English, and the form path of each. */
export function translationStatus(def: Definition): Record<TranslatedLocale, LocaleStatus> {
  const status = Object.fromEntries(
    TRANSLATED_LOCALES.map((l) => [l, { missing: 0, outdated: 0, fields: {} }]),
  ) as Record<TranslatedLocale, LocaleStatus>;
  for (const e of textEntries(def)) {
    const current = fingerprint(e.text[SOURCE_LOCALE] ?? "");
    for (const l of TRANSLATED_LOCALES) {
      const s = status[l];
      if (!(e.text[l] ?? "").trim()) {
        s.missing++;
        s.fields[e.path] = "missing";
      } else {
        const from = def.sources?.[e.key]?.[l];
        if (from !== undefined && from !== current) {
          s.outdated++;
          s.fields[e.path] = "outdated";
        }
      }
    }
  }
  return status;
}

/** "2 missing · 1 outdated", or "" when the language is complete. */
export function statusSummary(s: Pick<LocaleStatus, "missing" | "outdated">): string {
  return [s.missing ? `${s.missing} missing` : "", s.outdated ? `${s.outdated} outdated` : ""]
    .filter(Boolean)
    .join(" · ");
}

/** The short note under a field whose translation lags behind the English. */
export function stateNote(state: TextState | undefined): string | undefined {
  if (state === "outdated") return "Outdated: the English text changed since this was translated.";
  if (state === "missing") return "Missing: customers would see no text here.";
  return undefined;
}
