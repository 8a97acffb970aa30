// The kiosk tablet's script (bundled into public/kiosk.js). Opened once as /kiosk#key=<kiosk
// key>: the key moves to localStorage (and IndexedDB, for the service worker) and out of the
// address bar. Every answer becomes a new interaction at the key's touchpoint, queued in the
// outbox first; the form resets after each answer and after IDLE_MS without a touch.
import type { KioskSurvey } from "./kiosk-http";
import { addClearButtons, collectAnswers, isEmpty, newId } from "./form-answers";
import { count, enqueue, setMeta } from "./outbox";
import { requestBackgroundSync, startOutbox, type OutboxRunner } from "./outbox-runner";
import { registerServiceWorker } from "./register-sw";
import { KIOSK_KEY } from "./drain";

const KEY_STORE = "ensemble-kiosk-key";
const SURVEY_STORE = "ensemble-kiosk-survey";
const LANG_STORE = "ensemble-kiosk-lang";
const IDLE_MS = 90_000;
const THANKS_MS = 4_000;

type Locale = keyof KioskSurvey["forms"];
const stage = document.getElementById("k-stage")!;
const badge = document.getElementById("k-badge")!;
// The kiosk's home language: the one its link named (remembered, since the installed app starts
// on the bare /kiosk), else the organisation's default once the survey has loaded.
const linkLang = new URLSearchParams(location.search).get("lang");
if (linkLang) localStorage.setItem(LANG_STORE, linkLang);
let home = (linkLang ?? localStorage.getItem(LANG_STORE) ?? document.documentElement.lang) as Locale;
let survey: KioskSurvey | null = null;
let locale: Locale = home;
let runner: OutboxRunner | null = null;
let idle: ReturnType<typeof setTimeout> | undefined;
let thanks: ReturnType<typeof setTimeout> | undefined;

registerServiceWorker({ warmApp: true });
void init();

async function init() {
  const fromLink = /(?:^#|&)key=(ens_[0-9A-Za-z]{32})/.exec(location.hash)?.[1];
  if (fromLink) {
    localStorage.setItem(KEY_STORE, fromLink);
    history.replaceState(null, "", location.pathname + location.search);
  }
  const key = localStorage.getItem(KEY_STORE);
  if (!key) return message(stage.dataset.noKey ?? "");
  await setMeta(KIOSK_KEY, key);
  try {
    survey = JSON.parse(localStorage.getItem(SURVEY_STORE) ?? "null");
  } catch {
    survey = null;
  }
  try {
    const r = await fetch("/kiosk/survey", { headers: { authorization: `Bearer ${key}` }, cache: "no-store" });
    if (r.status === 401) {
      // Revoked: stop collecting. Answers already queued stay on the device.
      localStorage.removeItem(SURVEY_STORE);
      return message(stage.dataset.badKey ?? "");
    }
    if (r.ok) {
      survey = (await r.json()) as KioskSurvey;
      localStorage.setItem(SURVEY_STORE, JSON.stringify(survey));
    }
  } catch {
    // Offline: the copy from the last visit serves.
  }
  if (!survey) {
    addEventListener("online", () => location.reload(), { once: true });
    return;
  }
  if (!(home in survey.forms) || !(linkLang ?? localStorage.getItem(LANG_STORE))) home = survey.defaultLocale;
  locale = home;
  document.getElementById("k-org")!.textContent = `${survey.orgName} · ${survey.touchpointName}`;
  document.querySelectorAll<HTMLButtonElement>(".lang button[data-lang]").forEach((b) =>
    b.addEventListener("click", () => {
      locale = b.dataset.lang as Locale;
      b.closest("details")?.removeAttribute("open");
      render();
    }),
  );
  for (const ev of ["pointerdown", "keydown", "input"]) addEventListener(ev, touch, { passive: true });
  render();
  runner = startOutbox(() => void updateBadge());
  void updateBadge();
}

function message(text: string) {
  const wait = document.getElementById("k-wait");
  const h = wait?.querySelector("h1");
  if (h) h.textContent = text;
}

function render() {
  clearTimeout(thanks);
  if (!survey) return;
  stage.innerHTML = survey.forms[locale];
  document.documentElement.lang = locale;
  const title = survey.chrome[locale]?.title;
  if (title) document.title = `Ensemble · ${title}`;
  document.querySelectorAll<HTMLButtonElement>(".lang button[data-lang]").forEach((b) => {
    if (b.dataset.lang === locale) b.setAttribute("aria-current", "true");
    else b.removeAttribute("aria-current");
    if (b.dataset.lang === locale) {
      const summary = b.closest("details")?.querySelector("summary");
      const name = summary?.lastChild;
      if (name && name.nodeType === Node.TEXT_NODE) name.textContent = b.textContent;
    }
  });
  const form = stage.querySelector<HTMLFormElement>("form")!;
  addClearButtons(form, form.dataset.clear ?? "");
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    void submit(form);
  });
}

async function submit(form: HTMLFormElement) {
  const answers = collectAnswers(form);
  const err = stage.querySelector<HTMLElement>("#form-err")!;
  if (isEmpty(answers)) {
    err.textContent = form.dataset.errEmpty ?? "";
    err.hidden = false;
    return;
  }
  const id = newId();
  await enqueue({
    id,
    kind: "kiosk",
    body: { id, touchpoint: survey!.touchpoint, answers, locale, answeredAt: new Date().toISOString() },
  });
  stage.querySelector<HTMLElement>("#ask")!.hidden = true;
  const next = stage.querySelector<HTMLElement>("#k-next")!;
  next.hidden = false;
  next.querySelector("h1")?.focus();
  // The next guest starts in the kiosk's own language; a tap skips the wait.
  const reset = () => {
    locale = home;
    render();
  };
  next.addEventListener("click", reset, { once: true });
  thanks = setTimeout(reset, THANKS_MS);
  void updateBadge();
  void requestBackgroundSync();
  void runner?.kick();
}

function touch() {
  clearTimeout(idle);
  idle = setTimeout(() => {
    locale = home;
    render();
  }, IDLE_MS);
}

async function updateBadge() {
  const n = await count();
  const words = survey?.chrome[locale] ?? survey?.chrome[home];
  if (!words) return;
  badge.hidden = false;
  badge.textContent = n ? words.pending.replace("{n}", String(n)) : words.allSent;
  badge.classList.toggle("busy", n > 0);
}
