// The survey page's one script (bundled into public/survey.js). Without it the form posts
// normally; with it: answers are resumed after a reload, and on submit the answer is written
// to the IndexedDB outbox first, then sent, so a dead network only delays it.
import { addClearButtons, collectAnswers, collectCallback, isEmpty, newId } from "./form-answers";
import { all, enqueue } from "./outbox";
import { requestBackgroundSync, startOutbox } from "./outbox-runner";
import { registerServiceWorker } from "./register-sw";
import type { DrainResult } from "./drain";

registerServiceWorker();
const form = document.getElementById("survey") as HTMLFormElement | null;
if (form) enhance(form);

function enhance(form: HTMLFormElement) {
  const code = form.dataset.code ?? "";
  const draftKey = `ensemble-draft:${code}`;
  const idInput = form.elements.namedItem("id") as HTMLInputElement;
  const button = form.querySelector<HTMLButtonElement>("button[type=submit]")!;
  const formErr = document.getElementById("form-err")!;
  const offlineNote = document.getElementById("offline-note");
  let waitingFor: string | null = null;

  addClearButtons(form, form.dataset.clear ?? "");
  if (formErr.hidden) restoreDraft(); // after a server-side error the page already holds the values

  const showOffline = () => offlineNote && (offlineNote.hidden = navigator.onLine);
  addEventListener("online", showOffline);
  addEventListener("offline", showOffline);
  showOffline();

  form.addEventListener("input", saveDraft);
  form.addEventListener("change", saveDraft);
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    void submit();
  });

  const runner = startOutbox((r) => void settle(r));
  // Reloaded (or reopened offline from the worker's cache) after answering: say so again.
  void all().then((items) => {
    const mine = items.find((i) => i.code === code);
    if (mine) {
      waitingFor = mine.id;
      show("queued");
    }
  });

  async function submit() {
    const answers = collectAnswers(form);
    if (isEmpty(answers)) return fail(form.dataset.errEmpty ?? "");
    const callback = collectCallback(form);
    if (callback === "contact") return fail(form.dataset.errContact ?? "");
    if (callback === "consent") return fail(form.dataset.errConsent ?? "");
    const id = idInput.value || newId();
    const body = {
      id,
      code,
      answers,
      locale: form.dataset.lang,
      answeredAt: new Date().toISOString(),
      ...(callback ? { callback: { contact: callback.contact, consent: true } } : {}),
    };
    button.disabled = true;
    button.textContent = form.dataset.sending ?? "…";
    try {
      await enqueue({ id, kind: "survey", body, code });
    } catch {
      // No IndexedDB (some private modes): the plain form post still works.
      form.submit();
      return;
    }
    localStorage.removeItem(draftKey);
    waitingFor = id;
    void requestBackgroundSync();
    if (!navigator.onLine) return show("queued");
    const r = await Promise.race([runner.kick(), new Promise<null>((res) => setTimeout(() => res(null), 4000))]);
    if (!(await settle(r))) show("queued");
  }

  /** Shows the outcome for our answer once the outbox knows it; false while still pending. */
  async function settle(r: DrainResult | null): Promise<boolean> {
    if (!waitingFor) return false;
    const dropped = r?.dropped.find((d) => d.id === waitingFor);
    if (r?.confirmed.includes(waitingFor)) return (show("done"), true);
    if (dropped) {
      // Refused for good: already answered elsewhere, expired, or invalid.
      const done = document.getElementById("done")!;
      done.querySelector("p")!.textContent = /expired|410/i.test(dropped.error)
        ? (form.dataset.expired ?? "")
        : (form.dataset.answered ?? "");
      return (show("done"), true);
    }
    const still = (await all()).some((i) => i.id === waitingFor);
    if (!still) return (show("done"), true); // sent by the worker or another tab
    return false;
  }

  function show(id: "queued" | "done") {
    document.getElementById("ask")!.hidden = true;
    for (const p of ["queued", "done"]) document.getElementById(p)!.hidden = p !== id;
    const heading = document.querySelector<HTMLElement>(`#${id} h1`);
    scrollTo(0, 0);
    heading?.focus();
  }

  function fail(message: string) {
    formErr.textContent = message;
    formErr.hidden = false;
    formErr.scrollIntoView({ block: "center" });
  }

  function saveDraft() {
    // The callback contact is never kept in the draft.
    const fields = [...new FormData(form).entries()].filter(([k]) => k !== "id" && k !== "lang" && k !== "contact");
    try {
      localStorage.setItem(draftKey, JSON.stringify({ id: idInput.value, fields, at: Date.now() }));
    } catch {
      // storage full or disabled: resume is a convenience
    }
  }

  function restoreDraft() {
    let draft: { id?: string; fields?: [string, string][] } | null = null;
    try {
      draft = JSON.parse(localStorage.getItem(draftKey) ?? "null");
    } catch {
      return;
    }
    if (!draft?.fields) return;
    if (draft.id) idInput.value = draft.id;
    const has = (k: string, v: string) => draft!.fields!.some(([dk, dv]) => dk === k && dv === v);
    form
      .querySelectorAll<HTMLInputElement>("input[type=radio],input[type=checkbox]")
      .forEach((i) => (i.checked = has(i.name, i.value)));
    const comment = draft.fields.find(([k]) => k === "comment");
    const ta = form.querySelector<HTMLTextAreaElement>("textarea[name=comment]");
    if (ta && comment) ta.value = comment[1];
    form.querySelectorAll("fieldset").forEach((fs) => fs.dispatchEvent(new Event("change")));
  }
}
