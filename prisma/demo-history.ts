// Twelve weeks of believable history for the demo bakery, as an interchange-v1 document, so the
// seed loads it through the same import path customers use. Deterministic: same data every run.
import { seededRandom } from "../lib/util/seeded-random";

type Person = { email: string; name: string; team: string; kind: "frontline" | "backoffice"; skill: number };

export const DEMO_PEOPLE: Person[] = [
  { email: "aiko@demo.test", name: "Aiko Tanaka", team: "counter", kind: "frontline", skill: 0.8 },
  { email: "eeva@demo.test", name: "Eeva Virtanen", team: "counter", kind: "frontline", skill: 0.3 },
  { email: "ivan@demo.test", name: "Ivan Petrov", team: "counter", kind: "frontline", skill: 0.5 },
  { email: "ben@demo.test", name: "Ben Baker", team: "bakery", kind: "backoffice", skill: 0.9 },
  { email: "farah@demo.test", name: "Farah Haddad", team: "bakery", kind: "backoffice", skill: 0.4 },
  { email: "chloe@demo.test", name: "Chloe Martin", team: "delivery", kind: "frontline", skill: 0.2 },
  { email: "dmitri@demo.test", name: "Dmitri Orlov", team: "delivery", kind: "backoffice", skill: 0.6 },
  { email: "petra@demo.test", name: "Petra Novak", team: "support", kind: "frontline", skill: 0.7 },
  { email: "hana@demo.test", name: "Hana Sato", team: "support", kind: "backoffice", skill: 0.5 },
];

// What customers write, by how they felt, in the language they answered in: promoters praise (these
// become the kudos in the staff feed), passives are lukewarm, detractors complain.
type Mood = "praise" | "neutral" | "complaint";
export const COMMENTS: Record<string, Record<Mood, string[]>> = {
  en: {
    praise: [
      "The cinnamon buns were still warm!",
      "Friendly and quick, thank you.",
      "Great cake, will come back.",
      "Lovely fresh bread and a friendly smile.",
    ],
    neutral: ["Fine, nothing special.", "Good bread, a bit of a queue."],
    complaint: [
      "Had to wait a long time for my order.",
      "The bread was stale and nobody apologised.",
      "The delivery came an hour late.",
    ],
  },
  ja: {
    praise: ["パンがとても美味しかったです。", "対応が丁寧でした。", "焼きたてのパンが最高でした。"],
    neutral: ["普通でした。", "パンは美味しいですが、少し混んでいました。"],
    complaint: ["待ち時間が長すぎました。", "注文した商品が届きませんでした。", "パンが古くて残念でした。"],
  },
  de: {
    praise: ["Sehr freundlich, danke!", "Leckerer Kuchen.", "Die Brötchen waren frisch und warm."],
    neutral: ["In Ordnung.", "Gutes Brot, aber eine lange Schlange."],
    complaint: ["Die Lieferung kam zu spät.", "Das Brot war alt.", "Niemand hat sich um mich gekümmert."],
  },
  ru: {
    praise: ["Очень вкусно, спасибо!", "Приятный персонал.", "Свежий хлеб и быстрое обслуживание."],
    neutral: ["Нормально.", "Хлеб хороший, но очередь длинная."],
    complaint: ["Долго ждал заказ.", "Хлеб был чёрствый.", "Доставка опоздала на час."],
  },
  fi: {
    praise: ["Kiitos, tosi hyvää!", "Nopea ja ystävällinen palvelu.", "Tuore leipä ja iloinen palvelu."],
    neutral: ["Ihan ok.", "Hyvää leipää, mutta jono oli pitkä."],
    complaint: ["Toimitus myöhästyi.", "Leipä oli kuivaa.", "Jouduin odottamaan liian kauan."],
  },
};

const t = (en: string, ja: string, de: string, ru: string, fi: string) => ({ en, ja, de, ru, fi });

/** The demo's own single-choice question, beside the default template's "What stood out?". */
export const DEMO_QUESTIONS = [
  {
    id: "visit-for",
    kind: "choice" as const,
    multiple: false,
    text: t(
      "What did you come for?",
      "ご来店の目的は？",
      "Weshalb sind Sie gekommen?",
      "Зачем вы пришли?",
      "Mitä tulit hakemaan?",
    ),
    options: [
      { id: "bread", text: t("Bread", "パン", "Brot", "Хлеб", "Leipää") },
      { id: "cake", text: t("Cake", "ケーキ", "Kuchen", "Торт", "Kakkua") },
      { id: "coffee", text: t("Coffee", "コーヒー", "Kaffee", "Кофе", "Kahvia") },
    ],
  },
];

// How a happy and an unhappy customer describe the visit ("What stood out?" in the default template).
const STOOD_OUT_HAPPY = ["friendly", "fast", "knowledgeable", "clean", "value"];
const STOOD_OUT_UNHAPPY = ["clean", "value"];

export function demoHistory(now: Date, count = 420) {
  const random = seededRandom(20261123);
  const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)];
  const byTeam = (team: string) => DEMO_PEOPLE.filter((p) => p.team === team);
  const interactions = [];
  const responses = [];
  const locales = ["en", "en", "fi", "fi", "de", "ja", "ru"];
  // About 150 regulars, each with one language; a customer key is an opaque hash, never a name.
  const customers = Array.from({ length: 150 }, (_, k) => ({
    key: `cust-${(0x9e3779b1 * (k + 1)).toString(16).slice(-8).padStart(8, "0")}${k.toString(16).padStart(4, "0")}`,
    locale: locales[k % locales.length],
  }));
  for (let i = 0; i < count; i++) {
    const daysAgo = Math.floor(random() * 84);
    const at = new Date(now.getTime() - daysAgo * 86_400_000);
    const touchpoint = pick(["store-main", "store-main", "store-main", "delivery-van", "web-chat"]);
    at.setUTCHours(
      touchpoint === "web-chat" ? 8 + Math.floor(random() * 10) : 5 + Math.floor(random() * 10),
      Math.floor(random() * 60),
      0,
      0,
    );
    const contributors: { email: string; role: "frontline" | "backoffice"; weight: number }[] = [];
    if (touchpoint === "store-main") {
      contributors.push({ email: pick(byTeam("counter")).email, role: "frontline", weight: 1 });
      for (const baker of byTeam("bakery")) contributors.push({ email: baker.email, role: "backoffice", weight: 0.5 });
    } else if (touchpoint === "delivery-van") {
      contributors.push({ email: "chloe@demo.test", role: "frontline", weight: 1 });
      contributors.push({ email: "dmitri@demo.test", role: "backoffice", weight: 0.5 });
      contributors.push({ email: pick(byTeam("bakery")).email, role: "backoffice", weight: 0.25 });
    } else {
      contributors.push({ email: "petra@demo.test", role: "frontline", weight: 1 });
      contributors.push({ email: "hana@demo.test", role: "backoffice", weight: 0.5 });
    }
    const ref = `demo-${String(i).padStart(5, "0")}`;
    // Four in five visits are by a known customer (loyalty card), the same regulars again and again.
    const customer = random() < 0.8 ? customers[Math.floor(random() * random() * customers.length)] : null;
    interactions.push({
      ref,
      touchpoint,
      occurredAt: at.toISOString(),
      contributors,
      ...(customer ? { customer: customer.key } : {}),
    });
    if (random() > 0.62 || daysAgo === 0) continue; // about 38% answer, as in real life
    const skill =
      contributors.reduce((s, c) => s + (DEMO_PEOPLE.find((p) => p.email === c.email)?.skill ?? 0.5) * c.weight, 0) /
      contributors.reduce((s, c) => s + c.weight, 0);
    // Most customers are happy, better-skilled teams more so: an org NPS around +20, as for a good bakery.
    const mood = Math.min(1, Math.max(0, 0.4 + skill * 0.35 + random() * 0.4));
    const locale = customer?.locale ?? pick(locales);
    const answeredAt = new Date(Math.min(at.getTime() + (5 + random() * 600) * 60_000, now.getTime()));
    const response: Record<string, unknown> = {
      id: Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16)).join(""),
      interactionRef: ref,
      answeredAt: answeredAt.toISOString(),
      locale,
      nps: Math.round(mood * 10),
    };
    if (random() < 0.85) response.csat = Math.max(1, Math.min(5, Math.round(1 + (mood - 0.35) * 6.5)));
    if (random() < 0.55) response.ces = Math.max(1, Math.min(7, Math.round(1 + (mood - 0.2) * 7.5)));
    const nps = response.nps as number;
    const feeling: Mood = nps >= 9 ? "praise" : nps >= 7 ? "neutral" : "complaint";
    if (random() < 0.45) response.comment = pick(COMMENTS[locale][feeling]);
    const choices: Record<string, string[]> = {};
    if (random() < 0.7) {
      const pool = nps >= 7 ? STOOD_OUT_HAPPY : STOOD_OUT_UNHAPPY;
      const chosen = pool.filter((_, k) => random() < (k === 0 && skill > 0.6 ? 0.7 : 0.3));
      if (chosen.length) choices["stood-out"] = chosen;
    }
    if (random() < 0.6)
      choices["visit-for"] = [touchpoint === "web-chat" ? "cake" : pick(["bread", "bread", "cake", "coffee"])];
    if (Object.keys(choices).length) response.choices = choices;
    // Compared with other bakeries and coming back: asked since the template added them, answered by most.
    if (random() < 0.75)
      response.compare = mood > 0.75 ? 3 : mood > 0.5 ? (random() < 0.6 ? 3 : 2) : random() < 0.6 ? 1 : 2;
    if (random() < 0.75) response.return = nps >= 9 ? 3 : nps >= 7 ? (random() < 0.6 ? 3 : 2) : random() < 0.5 ? 1 : 2;
    responses.push(response);
  }
  return {
    format: "interchange-v1" as const,
    staff: DEMO_PEOPLE.map(({ email, name, team, kind }) => ({ email, name, team, kind })),
    touchpoints: [{ slug: "store-main" }, { slug: "delivery-van" }, { slug: "web-chat" }],
    questions: DEMO_QUESTIONS,
    interactions,
    responses,
  };
}
