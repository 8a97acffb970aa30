// Reads the survey form the way the server's form post does (lib/surveys/form-input.ts).
import { isContact } from "../validation/contact-format";
export type Answers = {
  nps?: number;
  csat?: number;
  ces?: number;
  comment?: string;
  compare?: number;
  return?: number;
  choices?: string[];
};

export function collectAnswers(form: HTMLFormElement): Answers {
  const data = new FormData(form);
  const answers: Answers = {};
  for (const k of ["nps", "csat", "ces", "compare", "return"] as const) {
    const v = data.get(k);
    if (typeof v === "string" && v !== "") answers[k] = Number(v);
  }
  const comment = data.get("comment");
  if (typeof comment === "string" && comment.trim()) answers.comment = comment;
  const choices = data.getAll("choices").filter((c): c is string => typeof c === "string");
  if (choices.length) answers.choices = choices;
  return answers;
}

/**
 * The call back, read like the form post: only while a low score is picked (the block is shown),
 * a well-formed contact with the consent box ticked; otherwise which of the two to fix.
 */
export function collectCallback(form: HTMLFormElement): { contact: string } | "contact" | "consent" | null {
  if (!form.querySelector("[data-low]:checked")) return null;
  const data = new FormData(form);
  const contact = String(data.get("contact") ?? "").trim();
  if (!contact) return null;
  if (!isContact(contact) || contact.length > 120) return "contact";
  return data.get("consent") === "yes" ? { contact } : "consent";
}

/** Ingest needs a score, a comparison, a return intent or a comment (a tag alone is not an answer). */
export function isEmpty(a: Answers) {
  return (
    a.nps === undefined &&
    a.csat === undefined &&
    a.ces === undefined &&
    a.compare === undefined &&
    a.return === undefined &&
    a.comment === undefined
  );
}

/** 32 lowercase hex characters from the platform's CSPRNG (works outside secure contexts too). */
export function newId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

/** Lets a customer un-pick a scale answer (radios cannot be unchecked otherwise). */
export function addClearButtons(root: ParentNode, label: string) {
  root
    .querySelectorAll<HTMLFieldSetElement>(
      "fieldset[data-kind=nps],fieldset[data-kind=csat],fieldset[data-kind=ces],fieldset[data-kind=compare],fieldset[data-kind=return]",
    )
    .forEach((fs) => {
      const button = document.createElement("button");
      button.type = "button";
      button.className = "clear";
      button.textContent = label;
      const sync = () => (button.hidden = !fs.querySelector("input:checked"));
      button.addEventListener("click", () => {
        fs.querySelectorAll<HTMLInputElement>("input:checked").forEach((i) => (i.checked = false));
        sync();
        fs.querySelector<HTMLInputElement>("input")?.focus();
        fs.dispatchEvent(new Event("change", { bubbles: true }));
      });
      fs.addEventListener("change", sync);
      fs.appendChild(button);
      sync();
    });
}
