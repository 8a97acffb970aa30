// The kiosk tablet's own web app manifest. Installed from the kiosk page, the app opens on the
// kiosk, not the staff feed. The start URL is the bare kiosk path: a fragment does not survive
// installation reliably, so the kiosk script finds its device key (and home language) in the
// tablet's storage, where it put them the first time the kiosk link was opened.
import { chrome, type Locale } from "../surveys/i18n";

export const KIOSK_MANIFEST_PATH = "/kiosk/manifest.webmanifest";

export function kioskManifest(locale: Locale) {
  const name = `Ensemble · ${chrome(locale).kioskTitle}`;
  return {
    name,
    short_name: chrome(locale).kioskTitle,
    lang: locale,
    id: "/kiosk",
    start_url: "/kiosk",
    scope: "/kiosk",
    display: "fullscreen",
    orientation: "any",
    background_color: "#f4f2ee",
    theme_color: "#0b6b61",
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}
