import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { KioskPage } from "@/components/survey/kiosk-page";
import { LOCALES } from "../surveys/i18n";
import { KIOSK_MANIFEST_PATH, kioskManifest } from "./kiosk-manifest";

describe("kioskManifest", () => {
  it("starts, scopes and identifies the installed app on the kiosk, never the staff feed", () => {
    for (const l of LOCALES) {
      const m = kioskManifest(l);
      expect(m).toMatchObject({ id: "/kiosk", start_url: "/kiosk", scope: "/kiosk", lang: l });
      // A fragment would not survive installation: the key comes from the tablet's storage.
      expect(m.start_url).not.toContain("#");
      expect(m.icons.some((i) => i.purpose === "maskable")).toBe(true);
    }
  });

  it("names the app in the kiosk's language", () => {
    expect(kioskManifest("ja").name).toBe("Ensemble · キオスク");
    expect(kioskManifest("fi").short_name).toBe("Kioski");
    expect(kioskManifest("en").short_name).toBe("Kiosk");
  });

  it("is what the kiosk page links, not the staff app's manifest", () => {
    const html = renderToStaticMarkup(createElement(KioskPage, { locale: "ru" }));
    expect(html).toContain(`<link rel="manifest" href="${KIOSK_MANIFEST_PATH}?lang=ru"/>`);
    expect(html).not.toContain('href="/manifest.webmanifest"');
    expect(html).toContain("<title>Ensemble · Киоск</title>");
  });
});
