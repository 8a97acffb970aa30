import { describe, expect, it } from "vitest";
import { commentThemes, commentWords } from "./extract";

const themesOf = (locale: string, comments: string[]) =>
  commentThemes(
    comments.map((comment, i) => ({ id: `${locale}${i}`, locale, comment })),
    { limit: 10 },
  ).find((t) => t.locale === locale.split("-")[0]);

describe("commentThemes", () => {
  it("keeps Japanese words whole and drops particles and endings", () => {
    const words = commentWords("コーヒーがとても美味しかったです。店員さんが親切でした。", "ja").map((w) => w.surface);
    expect(words).toContain("コーヒー");
    expect(words).toContain("店員");
    expect(words).not.toContain("が");
    expect(words).not.toContain("です");
    expect(words.every((w) => w.length >= 2 || /\p{Script=Han}/u.test(w))).toBe(true);

    const ja = themesOf("ja", [
      "コーヒーがとても美味しかったです。",
      "店員さんが親切でした。コーヒーも良い。",
      "店員の対応が早かった。コーヒーは普通。",
    ])!;
    expect(ja.n).toBe(3);
    expect(ja.themes[0]).toEqual({ theme: "コーヒー", count: 3, responseIds: ["ja0", "ja1", "ja2"] });
    expect(ja.themes.find((t) => t.theme === "店員")).toMatchObject({ count: 2, responseIds: ["ja1", "ja2"] });
    expect(ja.themes.map((t) => t.theme)).not.toContain("ー");
  });

  it("groups German inflections and shows the most common form", () => {
    const de = themesOf("de-DE", [
      "Die Brötchen waren frisch und der Kaffee heiß.",
      "Der Duft des Brötchens war herrlich.",
      "Brötchen lecker, Kaffee zu stark.",
      "Nichts zu meckern.",
    ])!;
    expect(de.n).toBe(4);
    expect(de.themes[0]).toEqual({ theme: "Brötchen", count: 3, responseIds: ["de-DE0", "de-DE1", "de-DE2"] });
    expect(de.themes.find((t) => t.theme === "Kaffee")?.count).toBe(2);
    // Stop words (die, der, und, zu) and once-only words are not themes.
    expect(de.themes.map((t) => t.theme.toLowerCase())).not.toEqual(expect.arrayContaining(["die"]));
    expect(de.themes.map((t) => t.theme)).not.toContain("zu");
    expect(de.themes.map((t) => t.theme)).not.toContain("frisch");
  });

  it("writes a word that opens a sentence in lower case, except German nouns, and drops fillers", () => {
    const en = themesOf("en", ["Fine, a bit slow.", "Fine. Bread a bit dry", "All fine, a lot of bread."])!;
    expect(en.themes).toEqual([
      { theme: "fine", count: 3, responseIds: ["en0", "en1", "en2"] },
      { theme: "bread", count: 2, responseIds: ["en1", "en2"] },
    ]);
    expect(en.themes.map((t) => t.theme)).not.toContain("bit");
    const ru = themesOf("ru", ["Нормально, спасибо.", "Всё нормально"])!;
    expect(ru.themes[0]).toMatchObject({ theme: "нормально", count: 2 });
    expect(themesOf("fi", ["Tosi hyvä pulla.", "Pulla tosi tuore"])!.themes.map((t) => t.theme)).toEqual(["pulla"]);
    expect(themesOf("ja", ["少し待ちました。", "パンは少し固い。パン最高"])!.themes.map((t) => t.theme)).not.toContain(
      "少し",
    );
    const de = themesOf("de", ["Brot war alt.", "Das Brot war frisch."])!;
    expect(de.themes[0]).toMatchObject({ theme: "Brot", count: 2 });
  });

  it("groups Finnish case forms under one theme", () => {
    const fi = themesOf("fi", [
      "Kahvi oli hyvää.",
      "Ei ollut kahvia jäljellä.",
      "Kahvin maku oli erinomainen, kahvi kuuma.",
    ])!;
    expect(fi.themes[0]).toMatchObject({ count: 3, responseIds: ["fi0", "fi1", "fi2"] });
    expect(["Kahvi", "kahvi"]).toContain(fi.themes[0]!.theme);
    expect(fi.themes.map((t) => t.theme)).not.toContain("oli");
  });

  it("keeps languages apart, counts responses not repetitions, and ignores empty comments", () => {
    const out = commentThemes(
      [
        { id: "a", locale: "en", comment: "Coffee coffee coffee!" },
        { id: "b", locale: "en", comment: "The coffee was cold." },
        { id: "c", locale: "ru", comment: "Кофе холодный." },
        { id: "d", locale: "ru", comment: "   " },
      ],
      { limit: 5 },
    );
    expect(out.map((l) => [l.locale, l.n])).toEqual([
      ["en", 2],
      ["ru", 1],
    ]);
    expect(out[0]!.themes).toEqual([{ theme: "coffee", count: 2, responseIds: ["a", "b"] }]);
    expect(out[1]!.themes).toEqual([]);
  });

  it("honours the limit", () => {
    const comments = ["alpha beta gamma delta", "alpha beta gamma delta"].map((comment, i) => ({
      id: String(i),
      locale: "en",
      comment,
    }));
    expect(commentThemes(comments, { limit: 2 })[0]!.themes).toHaveLength(2);
  });
});
