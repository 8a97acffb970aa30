// The link an admin opens on a kiosk tablet once: /kiosk?lang=<home language>#key=<kiosk key>.
// The key sits in the fragment, which browsers never send to a server (so it never reaches a
// log or a proxy); the kiosk script moves it to the tablet's storage and out of the address bar.
// Revoking the key (ApiKey.revokedAt) stops the tablet on its next load; answers it already
// queued stay on the tablet until a new key is set.
import type { Locale } from "../orgs/schema";

export function kioskUrl(baseUrl: string, key: string, lang?: Locale): string {
  const query = lang ? `?lang=${lang}` : "";
  return `${baseUrl.replace(/\/+$/, "")}/kiosk${query}#key=${encodeURIComponent(key)}`;
}
