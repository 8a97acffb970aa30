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

const COMMENTS: Record<string, string[]> = {
  en: [
    "The cinnamon buns were still warm!",
    "Friendly and quick, thank you.",
    "Had to wait a while for my order.",
    "Great cake, will come back.",
  ],
  ja: ["パンがとても美味しかったです。", "対応が丁寧でした。", "少し待ち時間が長かったです。"],
  de: ["Sehr freundlich, danke!", "Die Lieferung kam zu spät.", "Leckerer Kuchen."],
  ru: ["Очень вкусно, спасибо!", "Долго ждал заказ.", "Приятный персонал."],
  fi: ["Kiitos, tosi hyvää!", "Nopea ja ystävällinen palvelu.", "Toimitus myöhästyi."],
};

export function demoHistory(now: Date, count = 420) {
  const random = seededRandom(20261123);
  const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)];
  const byTeam = (team: string) => DEMO_PEOPLE.filter((p) => p.team === team);
  const interactions = [];
  const responses = [];
  const locales = ["en", "en", "fi", "fi", "de", "ja", "ru"];
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
    interactions.push({ ref, touchpoint, occurredAt: at.toISOString(), contributors });
    if (random() > 0.62 || daysAgo === 0) continue; // about 38% answer, as in real life
    const skill =
      contributors.reduce((s, c) => s + (DEMO_PEOPLE.find((p) => p.email === c.email)?.skill ?? 0.5) * c.weight, 0) /
      contributors.reduce((s, c) => s + c.weight, 0);
    // Most customers are happy, better-skilled teams more so: an org NPS around +20, as for a good bakery.
    const mood = Math.min(1, Math.max(0, 0.4 + skill * 0.35 + random() * 0.4));
    const locale = pick(locales);
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
    if (random() < 0.45) response.comment = pick(COMMENTS[locale]);
    responses.push(response);
  }
  return {
    format: "interchange-v1" as const,
    staff: DEMO_PEOPLE.map(({ email, name, team, kind }) => ({ email, name, team, kind })),
    touchpoints: [{ slug: "store-main" }, { slug: "delivery-van" }, { slug: "web-chat" }],
    interactions,
    responses,
  };
}
