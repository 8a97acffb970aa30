// The template every organisation starts with: the three scores from docs/scoring.md, a
// "what stood out" choice of brand attributes and a comment, in all five locales; and the
// comparison and return-intent questions an admin can add with one click.
import type { LocalizedText, Question, TemplateDefinition } from "./template-schema";

const t = (en: string, ja: string, de: string, ru: string, fi: string): LocalizedText => ({ en, ja, de, ru, fi });

export const DEFAULT_TEMPLATE: TemplateDefinition = {
  intro: t(
    "Thank you for your visit! A few quick questions – about 20 seconds.",
    "ご利用いただきありがとうございます。20秒ほどで終わる簡単なアンケートです。",
    "Vielen Dank für Ihren Besuch! Nur ein paar kurze Fragen – das dauert etwa 20 Sekunden.",
    "Спасибо за визит! Всего несколько коротких вопросов — это займёт около 20 секунд.",
    "Kiitos käynnistäsi! Muutama nopea kysymys – vie noin 20 sekuntia.",
  ),
  thankYou: t(
    "Your answer goes straight to the people who served you. Have a great day!",
    "いただいたご回答は、担当したスタッフに直接届きます。良い一日をお過ごしください。",
    "Ihre Antwort geht direkt an die Menschen, die Sie bedient haben. Einen schönen Tag noch!",
    "Ваш ответ получат именно те, кто вас обслуживал. Хорошего дня!",
    "Vastauksesi menee suoraan niille, jotka palvelivat sinua. Mukavaa päivänjatkoa!",
  ),
  questions: [
    {
      id: "nps",
      kind: "nps",
      text: t(
        "How likely are you to recommend us to a friend or colleague?",
        "私たちを友人や同僚にすすめる可能性は、どのくらいありますか？",
        "Wie wahrscheinlich ist es, dass Sie uns einem Freund oder Kollegen empfehlen?",
        "Насколько вероятно, что вы порекомендуете нас другу или коллеге?",
        "Kuinka todennäköisesti suosittelisit meitä ystävälle tai kollegalle?",
      ),
    },
    {
      id: "csat",
      kind: "csat",
      text: t(
        "How satisfied were you with this visit?",
        "今回のご利用にどのくらい満足されましたか？",
        "Wie zufrieden waren Sie mit diesem Besuch?",
        "Насколько вы довольны этим визитом?",
        "Kuinka tyytyväinen olit tähän käyntiin?",
      ),
    },
    {
      id: "ces",
      kind: "ces",
      text: t(
        "It was easy to get what I needed.",
        "必要なことを簡単に済ませることができた。",
        "Es war einfach, das zu bekommen, was ich brauchte.",
        "Мне было легко получить то, что нужно.",
        "Sain helposti sen, mitä tarvitsin.",
      ),
    },
    {
      id: "stood-out",
      kind: "choice",
      multiple: true,
      text: t(
        "What stood out?",
        "特に良かった点はどれですか？",
        "Was ist Ihnen besonders positiv aufgefallen?",
        "Что вам особенно понравилось?",
        "Mikä jäi erityisesti mieleen?",
      ),
      options: [
        { id: "friendly", text: t("Friendly", "親切な対応", "Freundlich", "Дружелюбие", "Ystävällisyys") },
        { id: "fast", text: t("Quick", "スピーディーな対応", "Schnell", "Быстрота", "Nopeus") },
        { id: "knowledgeable", text: t("Knowledgeable", "豊富な知識", "Kompetent", "Компетентность", "Asiantuntemus") },
        { id: "clean", text: t("Clean and tidy", "清潔感", "Sauber und ordentlich", "Чистота и порядок", "Siisteys") },
        {
          id: "value",
          text: t(
            "Good value",
            "コストパフォーマンス",
            "Gutes Preis-Leistungs-Verhältnis",
            "Хорошее соотношение цены и качества",
            "Hinta-laatusuhde",
          ),
        },
      ],
    },
    {
      id: "comment",
      kind: "comment",
      text: t(
        "Anything you want to tell the team?",
        "スタッフに伝えたいことがあれば、お聞かせください。",
        "Möchten Sie dem Team noch etwas mitteilen?",
        "Хотите что-нибудь передать команде?",
        "Haluatko kertoa tiimille jotain?",
      ),
    },
  ],
};

/**
 * Questions the default template leaves out, one click away in the template editor: how the visit
 * compares with other places the customer knows, and whether they will come back
 * (docs/scoring.md "Comparison and return intent").
 */
export const COMPARE_QUESTION: Extract<Question, { kind: "compare" }> = {
  id: "compare",
  kind: "compare",
  text: t(
    "Compared with other places you know, we are…",
    "ほかのお店と比べて、当店はいかがでしたか？",
    "Im Vergleich zu anderen Orten, die Sie kennen, sind wir …",
    "По сравнению с другими местами, которые вы знаете, мы…",
    "Verrattuna muihin tuntemiisi paikkoihin olemme…",
  ),
  options: [
    { id: "worse", text: t("Worse", "ほかより悪い", "Schlechter", "Хуже", "Huonompia") },
    {
      id: "same",
      text: t("About the same", "同じくらい", "Etwa gleich", "Примерно так же", "Suunnilleen samanlaisia"),
    },
    { id: "better", text: t("Better", "ほかより良い", "Besser", "Лучше", "Parempia") },
  ],
};

export const RETURN_QUESTION: Extract<Question, { kind: "return" }> = {
  id: "return",
  kind: "return",
  text: t(
    "Will you come back?",
    "また利用したいと思いますか？",
    "Werden Sie wiederkommen?",
    "Вы придёте к нам снова?",
    "Tuletko uudelleen?",
  ),
  options: [
    { id: "no", text: t("No", "いいえ", "Nein", "Нет", "En") },
    { id: "unsure", text: t("Not sure", "わからない", "Weiß nicht", "Пока не знаю", "En tiedä") },
    { id: "yes", text: t("Yes", "はい", "Ja", "Да", "Kyllä") },
  ],
};
