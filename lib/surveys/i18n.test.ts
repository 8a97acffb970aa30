import { describe, expect, it } from "vitest";
import { LOCALES } from "../orgs/schema";
import { chrome, fill, negotiateLocale, parseAcceptLanguage } from "./i18n";

describe("Accept-Language negotiation", () => {
  it("orders by q-value and keeps header order on ties", () => {
    expect(parseAcceptLanguage("de;q=0.5, ja-JP, fi;q=0.5, en;q=0.1")).toEqual(["ja", "de", "fi", "en"]);
  });
  it("ignores q=0, unknown languages and garbage", () => {
    expect(parseAcceptLanguage("ja;q=0, sv, ru-RU;q=0.3, ;;;, *")).toEqual(["ru"]);
    expect(parseAcceptLanguage(undefined)).toEqual([]);
  });
  it("lets ?lang= win, then the browser, then the fallbacks, then English", () => {
    expect(negotiateLocale({ override: "FI", acceptLanguage: "ja" })).toBe("fi");
    expect(negotiateLocale({ override: "xx", acceptLanguage: "ja,en;q=0.8" })).toBe("ja");
    expect(negotiateLocale({ acceptLanguage: "sv", fallbacks: [null, "de"] })).toBe("de");
    expect(negotiateLocale({})).toBe("en");
  });
});

describe("page chrome", () => {
  it("has every string in every locale", () => {
    const keys = Object.keys(chrome("en")).sort();
    for (const l of LOCALES) {
      expect(Object.keys(chrome(l)).sort()).toEqual(keys);
      for (const k of keys) expect(chrome(l)[k as keyof ReturnType<typeof chrome>].trim()).not.toBe("");
    }
    expect(chrome("en").queuedBody).toBe("Thanks! We'll send it when you're back online.");
    expect(chrome("en").npsLow).toBe("0 = not at all likely");
  });
  it("gives the poster and the kiosk their own words in each language, not English copies", () => {
    expect(chrome("ja").posterTitle).toBe("ご利用はいかがでしたか？");
    expect(chrome("de").posterTitle).toBe("Wie waren wir?");
    expect(chrome("ru").kioskTitle).toBe("Киоск");
    for (const l of LOCALES.filter((x) => x !== "en")) {
      expect(chrome(l).posterTitle).not.toBe(chrome("en").posterTitle);
      expect(chrome(l).posterSub).not.toBe(chrome("en").posterSub);
    }
    expect(new Set(LOCALES.map((l) => chrome(l).posterTitle)).size).toBe(LOCALES.length);
  });
  it("fills placeholders and leaves unknown ones alone", () => {
    expect(fill("{n} waiting, {x}", { n: 3 })).toBe("3 waiting, {x}");
  });
});
