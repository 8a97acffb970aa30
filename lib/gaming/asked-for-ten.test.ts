// "They asked me to give a 10" in each language a customer writes in, with the near misses that
// must not flag: a 10 that is minutes or money, the customer's own 10, a denial.
import { describe, expect, it } from "vitest";
import { askedForTen, type Lang } from "./asked-for-ten";

const SAYS: Record<Lang, string[]> = {
  en: [
    "The cashier asked me to give them a 10 on this survey.",
    "Nice staff but they told me to rate 10 or they get in trouble",
    "She begged us for a 10, which felt awkward.",
    "Was asked to give 10/10 before I even got my coffee",
    "The guy at the till kept pushing me to put a ten",
    "He said I should give them full marks in the survey.",
    "They asked if I could leave a 10.",
    "Staff reminded everyone to score them 10",
  ],
  ja: [
    "店員さんに10点をつけてくださいと言われました。",
    "レジで満点をつけるように頼まれた",
    "アンケートで１０を選ぶように言われて少し困りました",
    "スタッフから10点にしてほしいとお願いされた。",
    "会計のときに「10をつけて」と言われた",
  ],
  de: [
    "Die Verkäuferin hat mich gebeten, eine 10 zu geben.",
    "Man hat uns gesagt, wir sollen bitte 10 Punkte geben",
    "Ich wurde aufgefordert, die Zehn anzuklicken.",
    "Der Kellner bat mich um eine 10 in der Umfrage.",
    "Sie meinte, ich solle doch eine glatte 10 vergeben",
  ],
  ru: [
    "Кассир попросила поставить 10 в опросе.",
    "Меня просили поставить им десятку, было неловко",
    "Сказали поставить 10 баллов, иначе премии не будет",
    "Официант уговаривал нас поставить высший балл.",
    "Продавец попросил оценить на 10.",
  ],
  fi: [
    "Myyjä pyysi antamaan kympin kyselyssä.",
    "Kassalla pyydettiin antamaan 10 pistettä",
    "Tarjoilija käski meitä antamaan täydet pisteet.",
    "Henkilökunta kehotti antamaan kympin, vähän kiusallista",
    "Minua pyydettiin laittamaan 10 tähän kyselyyn.",
  ],
};

const NEAR_MISSES: Record<Lang, string[]> = {
  en: [
    "I'd give them a 10 any day, lovely staff.",
    "They asked me to wait 10 minutes for the table.",
    "Nobody asked me to give 10, I just loved it.",
    "They told me to come back in 10 days for the repair.",
    "10 out of 10, asked for directions and got great help.",
    "They asked me to give feedback. I'd rate them 10.",
    "Paid 100 euros, told to give a 100% tip? No.",
    "We asked for a table for 10.",
  ],
  ja: [
    "10分待つように言われました。",
    "とても親切だったので10点をつけました。",
    "10時に来るように言われた",
    "誰も10点をつけてとは言いませんでした。自分で決めました",
    "100点満点の接客でした",
  ],
  de: [
    "Ich würde jederzeit eine 10 geben.",
    "Ich wurde gebeten, 10 Minuten zu warten.",
    "Niemand hat mich gebeten, eine 10 zu geben, ich fand es einfach toll.",
    "Man hat mir gesagt, dass die Wartezeit 10 Minuten beträgt.",
    "Ich sollte eine 10 geben, weil alles super war.",
  ],
  ru: [
    "Просто поставил 10, всё отлично.",
    "Попросили подождать 10 минут.",
    "Никто не просил поставить 10, сам решил.",
    "Сказали прийти через 10 дней.",
    "Поставлю десятку, очень доволен.",
  ],
  fi: [
    "Annoin 10, koska palvelu oli hyvä.",
    "Pyysivät odottamaan 10 minuuttia.",
    "Kukaan ei pyytänyt antamaan kymppiä, annoin itse.",
    "Myyjä sanoi että voin antaa palautetta. Annan 10.",
    "Kymppi, ei mitään valitettavaa.",
  ],
};

describe("comments that say the customer was asked for a 10", () => {
  for (const lang of Object.keys(SAYS) as Lang[]) {
    it(`matches in ${lang}`, () => {
      for (const text of SAYS[lang]) expect([text, askedForTen(text)]).toEqual([text, lang]);
    });
    it(`leaves near misses alone in ${lang}`, () => {
      for (const text of NEAR_MISSES[lang]) expect([text, askedForTen(text)]).toEqual([text, null]);
    });
  }
});
