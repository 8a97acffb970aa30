// Comments saying the customer was asked for a 10 ("they asked me to give 10"), in the five
// languages customers write in. Each language has a few patterns: someone asking, telling or
// begging, then giving, rating or putting, then a 10 (or "ten", full marks, a perfect score), in
// one sentence and within a few words. Numbers that are minutes, days, euros or part of a larger
// number do not count, and a denial just before the request ("nobody asked me…") does not either.
// Every comment is checked against every language: customers do not always write in the
// survey's language.
import type { FlagDraft, ScanAnswer } from "./types";

export type Lang = "en" | "ja" | "de" | "ru" | "fi";

// A word inside the same sentence (no full stop, question or exclamation mark between).
const W = String.raw`[^\s.!?;。！？]+`;
const gap = (max: number) => String.raw`(?:\s+${W}){0,${max}}?`;
// A 10 that is a score: not 100 or 1.10, and (checked by each language) not followed by a unit.
const TEN_DIGITS = String.raw`(?<![\d.,/])(?:10|１０)(?![\d.,]\d|\d)`;

type Rule = { re: RegExp; negation?: RegExp };

const EN_ASK = String.raw`\b(?:ask(?:s|ed|ing)?|told|tells?|telling|beg(?:s|ged|ging)?|urg(?:e|es|ed|ing)|want(?:s|ed)?\s+(?:me|us)|remind(?:s|ed)?|pressur(?:e|es|ed|ing)|push(?:es|ed|ing)|nagg(?:ed|ing)|insist(?:s|ed)|request(?:s|ed)|instruct(?:s|ed)|encourag(?:e|es|ed))`;
const EN_GIVE = String.raw`(?:give|giving|gave|rate|rating|score|put|leave|select|choose|pick|click|tap|mark|press|vote)`;
const EN_FILL = String.raw`(?:\s+(?:them|it|him|her|us|you|me|the|a|an|this|that|their|our|store|shop|staff|team|survey|service|place|only|just|at|least|all|everything|a\s+perfect))*?`;
const EN_TEN = String.raw`\s+(?:a\s+|an\s+)?(?:${TEN_DIGITS}|ten\b|full\s+marks|top\s+marks|top\s+score|perfect\s+score|five\s+stars|5\s+stars)(?!\s*(?:%|percent|minutes?|mins?|seconds?|secs?|hours?|hrs?|days?|weeks?|months?|years?|euros?|dollars?|pounds?|bucks|people|times|items|pieces|€|\$|£)\b)`;
// A denial just before the request, or the customer asking ("we asked for a table for 10").
const EN_NEG =
  /\b(?:no\s*one|nobody|never|not|didn't|did\s+not|don't|do\s+not|wasn't|was\s+not|weren't|without\s+being)\s+(?:\S+\s+){0,2}$|\b(?:i|we)\s+(?:also\s+|then\s+|just\s+)?$/i;

const DE_ASK = String.raw`\b(?:gebeten|bat|baten|bitten|bittet|aufgefordert|forderte[n]?|gesagt|sagte[n]?|meinte[n]?|gedrängt|drängte[n]?|überredet|verlangt|verlangte[n]?|angewiesen)\b`;
const DE_TEN = String.raw`(?:eine\s+|die\s+|volle\s+|glatte\s+)?(?:${TEN_DIGITS}|zehn\b)(?:\s+(?:Punkte|Punkten|Sterne|Sternen|von\s+10))?`;
const DE_GIVE = String.raw`(?:zu\s+)?(?:geben|vergeben|gibt|gebe|anzuklicken|anklicken|auszuwählen|auswählen|ankreuzen|anzukreuzen|wählen|drücken|bewerten|setzen|machen)\b`;
const DE_NEG = /\b(?:niemand|keiner|keine|nicht|nie|niemals|ohne)\s+(?:\S+\s+){0,3}$/i;

const RU_ASK = String.raw`(?<![\p{L}])(?:попросил[аи]?|попросят|просил[аи]?|просят|просит|сказал[аи]?|велел[аи]?|уговаривал[аи]?|уговорил[аи]?|заставил[аи]?|заставляли|потребовал[аи]?|требовал[аи]?|настаивал[аи]?|умолял[аи]?|намекнул[аи]?|намекали)(?![\p{L}])`;
const RU_GIVE = String.raw`(?:постав(?:ить|ьте|ь)|став(?:ить|ьте|ь)|оцени(?:ть|те)|выбрать|выбер(?:ите|и)|нажать|нажм(?:ите|и)|да(?:ть|йте)|отметить)(?![\p{L}])`;
const RU_TEN = String.raw`(?:на\s+)?(?:${TEN_DIGITS}(?:-?к[уиа])?|десят(?:ь|ку|очку|ки)|высш(?:ий|ую)\s+(?:балл|оценку)|максимальн(?:ый|ую)\s+(?:балл|оценку))(?!\s*(?:минут|мин|секунд|час|дн|дней|рубл|%|человек))`;
const RU_NEG = /(?:^|[^\p{L}])(?:никто|не|ни)\s+(?:\S+\s+){0,2}$/iu;

const FI_ASK = String.raw`(?<![\p{L}])(?:pyysi|pyysivät|pyydettiin|pyysit|pyytää|pyytävät|pyydetään|käski|käskivät|käskettiin|kehotti|kehottivat|kehotettiin|patisti|patistivat|vaati|vaativat|vaadittiin|toivoi|toivoivat|toivottiin|ohjeisti|ohjeistivat|ohjeistettiin|aneli|anelivat|sanoi|sanoivat|sanottiin|neuvoi|neuvoivat|painosti|painostivat)(?![\p{L}])`;
const FI_GIVE = String.raw`(?:anta(?:maan|a|mään)|laitta(?:maan|a)|laittamaan|merkitsemään|valitsemaan|valita|painamaan|painaa|arvioimaan|klikkaamaan)(?![\p{L}])`;
const FI_TEN = String.raw`(?:${TEN_DIGITS}|kymp(?:pi|in|it|ejä|ejä|iä|pejä)|kymmenen|kymmenikön|täyde(?:t|llisen)\s+(?:pisteet|kympin)|täydet)(?!\s*(?:minuu|sekun|tunti|päiv|euro|%|prosent|henke))`;
const FI_NEG = /(?:^|[^\p{L}])(?:kukaan|ei|eivät|en|emme)\s+(?:\S+\s+){0,2}$/iu;

const JA_TEN = String.raw`(?:${TEN_DIGITS}|十|満点)(?:点満点|点|の評価|評価)?`;
const JA_GIVE = String.raw`(?:を|に|で)?\s*(?:つけ|付け|選|えら|押|入れ|して|する|あげ|上げ|くださ|下さ)`;
const JA_ASK = String.raw`(?:言われ|いわれ|頼まれ|たのまれ|お願いされ|求められ|指示され|促され|せがまれ|てと言|てって言|てくださいと言|てくださいとお願い|ように言|ようにお願い|ように頼|てほしいと言|てほしいと頼|てほしいとお願い)`;
const JA_NEG = /(?:誰も|だれも)[^。！？]{0,6}$/;

export const RULES: Record<Lang, Rule[]> = {
  en: [
    {
      re: new RegExp(
        `${EN_ASK}${gap(3)}\\s+(?:to|if\\s+\\S+\\s+(?:could|would|can|will|might))\\s+${EN_GIVE}${EN_FILL}${EN_TEN}`,
        "iu",
      ),
      negation: EN_NEG,
    },
    { re: new RegExp(`${EN_ASK}${gap(3)}\\s+for${EN_FILL}${EN_TEN}`, "iu"), negation: EN_NEG },
    {
      re: new RegExp(
        `\\b(?:said|says|saying)\\s+(?:to|we|i|you)\\s+(?:should\\s+|must\\s+|had\\s+to\\s+|have\\s+to\\s+)?${EN_GIVE}${EN_FILL}${EN_TEN}`,
        "iu",
      ),
      negation: EN_NEG,
    },
  ],
  de: [
    { re: new RegExp(`${DE_ASK}[^.!?;]{0,40}?${DE_TEN}\\s+${DE_GIVE}`, "iu"), negation: DE_NEG },
    {
      re: new RegExp(`\\b(?:bat|baten|gebeten|bitten|bittet)\\b[^.!?;]{0,20}?\\bum\\s+${DE_TEN}`, "iu"),
      negation: DE_NEG,
    },
  ],
  ru: [
    {
      re: new RegExp(`${RU_ASK}(?:\\s+[^\\s.!?;]+){0,3}?\\s+${RU_GIVE}(?:\\s+[^\\s.!?;,]+){0,2}?\\s+${RU_TEN}`, "iu"),
      negation: RU_NEG,
    },
  ],
  fi: [
    {
      re: new RegExp(`${FI_ASK}(?:\\s+[^\\s.!?;]+){0,3}?\\s+${FI_GIVE}(?:\\s+[^\\s.!?;,]+){0,2}?\\s+${FI_TEN}`, "iu"),
      negation: FI_NEG,
    },
  ],
  ja: [{ re: new RegExp(`${JA_TEN}${JA_GIVE}[^。！？!?\\n]{0,14}?${JA_ASK}`, "u"), negation: JA_NEG }],
};

/** The language whose pattern a comment matches, or null. */
export function askedForTen(comment: string): Lang | null {
  const text = comment.normalize("NFKC").replace(/\s+/g, " ");
  for (const lang of Object.keys(RULES) as Lang[]) {
    for (const rule of RULES[lang]) {
      const m = rule.re.exec(text);
      if (!m) continue;
      if (rule.negation?.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
      return lang;
    }
  }
  return null;
}

/** One flag per comment: it is the customer's own account, so each stands on its own. */
export function detectAskedForTen(answers: ScanAnswer[]): FlagDraft[] {
  const out: FlagDraft[] = [];
  for (const a of answers) {
    if (!a.comment) continue;
    const lang = askedForTen(a.comment);
    if (!lang) continue;
    out.push({
      kind: "asked-for-ten",
      key: `asked-for-ten:${a.id}`,
      subjectId: a.credits[0] ?? null,
      summary: `The comment says the customer was asked for a 10 (matched in ${lang}).`,
      responseIds: [a.id],
      firstAt: a.answeredAt,
      lastAt: a.answeredAt,
    });
  }
  return out;
}
