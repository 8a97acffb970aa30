// For the staff app and the kiosk (bundled into public/sw-register.js, ~0.5 KB): registers the
// service worker and asks it to cache the app's assets (manifest, icons, CSS) and this page,
// so the last-loaded feed stays readable offline. The app layout loads it with
// <script src="/sw-register.js" defer></script>.
import { registerServiceWorker } from "./register-sw";

registerServiceWorker({ warmApp: true });
