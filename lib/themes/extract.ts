// Comment themes: the words customers use most in their comments, per language. Words are found
// with the platform's word segmenter (so Japanese, written without spaces, splits into whole words),
// inflected forms are grouped by their Snowball stem (Brötchen/Brötchens, kahvi/kahvia/kahvin) and
// shown in their most common written form, and stop words are dropped. A theme counts responses,
// not occurrences: one enthusiastic comment repeating a word is still one customer.
import snowball from "snowball-stemmers";
import stopwordsIso from "stopwords-iso";

export type ThemeComment = { id: string; locale: string; comment: string };
export type Theme = { theme: string; count: number; responseIds: string[] };
export type LocaleThemes = { locale: string; n: number; themes: Theme[] };

const STEMMERS: Record<string, string> = { de: "german", ru: "russian", fi: "finnish", en: "english" };
const STOPWORDS = stopwordsIso as Record<string, string[]>;
/** Fillers the lists lack that comments use all the time ("a bit slow", "tosi hyvä", "少し遅い"). */
const EXTRA_STOPWORDS: Record<string, string[]> = { en: ["bit", "lot"], fi: ["tosi"], ja: ["少し"] };
/** Languages that capitalise nouns: a capital at a sentence's start may be the word's own form. */
const NOUN_CAPITALS = new Set(["de"]);

type Language = { stop: Set<string>; stem: (w: string) => string; segmenter: Intl.Segmenter };
const languages = new Map<string, Language>();

function language(lang: string): Language {
  let l = languages.get(lang);
  if (!l) {
    const algorithm = STEMMERS[lang];
    const stemmer = algorithm ? snowball.newStemmer(algorithm) : null;
    l = {
      stop: new Set([...(STOPWORDS[lang] ?? []), ...(EXTRA_STOPWORDS[lang] ?? [])].map((w) => w.toLowerCase())),
      stem: stemmer ? (w) => stemmer.stem(w) : (w) => w,
      segmenter: new Intl.Segmenter(lang, { granularity: "word" }),
    };
    languages.set(lang, l);
  }
  return l;
}

/** "de-AT" and "de" share one vocabulary. */
export function baseLanguage(locale: string): string {
  return locale.split(/[-_]/)[0]!.toLowerCase() || "und";
}

const KANA_ONLY = /^[\p{Script=Hiragana}ー]+$/u;
const CJK = /[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}]/u;
const HAS_LETTER = /\p{L}/u;

/** Whether a segmenter token can be a theme: no particles, inflection endings, numbers or stop words. */
function meaningful(token: string, lower: string, stop: Set<string>): boolean {
  if (!HAS_LETTER.test(token) || stop.has(lower)) return false;
  // Japanese hiragana-only tokens are particles, copulas and verb endings (が, です, しか, とても);
  // the content words carry kanji or katakana.
  if (KANA_ONLY.test(token)) return false;
  if (CJK.test(token)) return [...token].length >= 2 || /\p{Script=Han}/u.test(token);
  return [...token].length >= 2;
}

const SENTENCE_END = /[.!?。！？]/u;

/**
 * The meaningful words of one comment as (grouping key, written form) pairs, in order. A word that
 * opens a sentence is written in lower case (Fine, … → fine), except where nouns take capitals.
 */
export function commentWords(comment: string, lang: string): { key: string; surface: string }[] {
  const l = language(lang);
  const out: { key: string; surface: string }[] = [];
  let sentenceStart = true;
  for (const s of l.segmenter.segment(comment.normalize("NFC"))) {
    if (!s.isWordLike) {
      if (SENTENCE_END.test(s.segment)) sentenceStart = true;
      continue;
    }
    const opens = sentenceStart;
    sentenceStart = false;
    const lower = s.segment.toLocaleLowerCase(lang);
    if (!meaningful(s.segment, lower, l.stop)) continue;
    out.push({ key: l.stem(lower), surface: opens && !NOUN_CAPITALS.has(lang) ? lower : s.segment });
  }
  return out;
}

export function commentThemes(
  comments: ThemeComment[],
  { limit = 10, minCount = 2 }: { limit?: number; minCount?: number } = {},
): LocaleThemes[] {
  type Group = { responses: Set<string>; surfaces: Map<string, number> };
  const byLang = new Map<string, { n: number; groups: Map<string, Group> }>();
  for (const c of comments) {
    const text = c.comment.trim();
    if (!text) continue;
    const lang = baseLanguage(c.locale);
    let entry = byLang.get(lang);
    if (!entry) byLang.set(lang, (entry = { n: 0, groups: new Map() }));
    entry.n++;
    for (const { key, surface } of commentWords(text, lang)) {
      let g = entry.groups.get(key);
      if (!g) entry.groups.set(key, (g = { responses: new Set(), surfaces: new Map() }));
      g.responses.add(c.id);
      g.surfaces.set(surface, (g.surfaces.get(surface) ?? 0) + 1);
    }
  }
  const out: LocaleThemes[] = [];
  for (const [locale, { n, groups }] of byLang) {
    const themes: Theme[] = [];
    for (const g of groups.values()) {
      if (g.responses.size < minCount) continue;
      // The most common written form; ties go to the shorter, then alphabetical (the base form).
      const [theme] = [...g.surfaces].sort(
        (a, b) => b[1] - a[1] || [...a[0]].length - [...b[0]].length || a[0].localeCompare(b[0]),
      )[0]!;
      themes.push({ theme, count: g.responses.size, responseIds: [...g.responses] });
    }
    themes.sort((a, b) => b.count - a.count || a.theme.localeCompare(b.theme, locale));
    out.push({ locale, n, themes: themes.slice(0, limit) });
  }
  return out.sort((a, b) => b.n - a.n || a.locale.localeCompare(b.locale));
}
