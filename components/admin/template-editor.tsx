"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { ScriptForm } from "@/components/ui/form";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { get, useFieldArray, useForm, useWatch, type FieldErrors } from "react-hook-form";
import type { z } from "zod";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { CheckboxField, Field } from "@/components/ui/field";
import { Input, Textarea } from "@/components/ui/input";
import { Flash } from "@/components/ui/toast";
import type { ActionResult } from "@/lib/admin/result";
import { templateFormSchema } from "@/lib/admin/template-form-schema";
import { LOCALES, type Locale } from "@/lib/orgs/schema";
import { LANGUAGE_NAMES } from "@/lib/surveys/i18n";
import type { TemplateDefinition } from "@/lib/surveys/template-schema";
import {
  SOURCE_LOCALE,
  stampSources,
  stateNote,
  statusSummary,
  TRANSLATED_LOCALES,
  translationStatus,
  type TextState,
} from "@/lib/surveys/translation-status";
import { FormActions } from "./form-actions";
import { KIND_LABELS, newQuestion, SINGLE_KINDS } from "./template-questions";
import { QuestionCard } from "./template-question-card";
import { TemplatePreview } from "./template-preview";
import { useActionForm } from "./use-action-form";

export type TemplateValues = z.input<typeof templateFormSchema>;
type Saved = { id: string; version: number; newVersion: boolean };

/** Every error path in the form, like "definition.questions.2.text.ja". */
function errorPaths(errors: FieldErrors, prefix = ""): string[] {
  return Object.entries(errors).flatMap(([k, v]) => {
    if (!v || typeof v !== "object" || k === "ref") return [];
    const path = prefix ? `${prefix}.${k}` : k;
    return "message" in v && typeof v.message === "string" ? [path] : errorPaths(v as FieldErrors, path);
  });
}

const count = (s: { missing: number; outdated: number }) => {
  const n = s.missing + s.outdated;
  return n === 1 ? "1 text" : `${n} texts`;
};

export function TemplateEditor({
  initial,
  orgName,
  save,
  note,
}: {
  initial: TemplateValues;
  orgName: string;
  save: (v: TemplateValues) => Promise<ActionResult<Saved>>;
  note?: string;
}) {
  const router = useRouter();
  const [locale, setLocale] = useState<Locale>("en");
  const form = useForm<TemplateValues, unknown, z.output<typeof templateFormSchema>>({
    resolver: zodResolver(templateFormSchema),
    defaultValues: initial,
    mode: "onTouched",
  });
  const questions = useFieldArray({ control: form.control, name: "definition.questions" });
  const definition = useWatch({ control: form.control, name: "definition" }) as TemplateDefinition;
  const { run, formError } = useActionForm(form.setError);
  const { errors, isSubmitting } = form.formState;
  const paths = errorPaths(errors);
  const err = (path: string) => (get(errors, path) as { message?: string } | undefined)?.message;
  const present = new Set(definition.questions.map((q) => q.kind));
  // Live: what the template would look like to each language if saved now.
  const status = translationStatus({
    ...definition,
    sources: stampSources(initial.definition as TemplateDefinition, definition),
  });
  const stale = TRANSLATED_LOCALES.filter((l) => status[l].missing + status[l].outdated > 0);
  const textState = (path: string): TextState | undefined =>
    locale === SOURCE_LOCALE ? undefined : status[locale].fields[path.replace(/^definition\./, "")];
  const [confirming, setConfirming] = useState(false);
  const publish = async () => {
    setConfirming(false);
    const r = await run(() => save(form.getValues()));
    if (r?.ok) {
      if (r.data.id !== undefined && location.pathname.endsWith("/new")) router.push(`/admin/templates/${r.data.id}`);
      else router.refresh();
    }
  };

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_380px] lg:items-start">
      <ScriptForm
        noValidate
        className="space-y-5"
        onSubmit={form.handleSubmit(async () => {
          // Customers would see these texts as they are: say so before publishing.
          if (stale.length > 0 && !confirming) return setConfirming(true);
          await publish();
        })}
      >
        {note && <Flash tone="info">{note}</Flash>}
        {(formError || paths.length > 0) && (
          <Flash tone="bad">
            <p>{formError ?? "Please fix the fields marked below."}</p>
            {paths.length > 0 && (
              <ul className="mt-1 list-disc pl-5 font-mono text-xs">
                {paths.slice(0, 8).map((p) => (
                  <li key={p}>
                    {p.replace(/^definition\./, "").replace(/\.(\d+)/g, "[$1]")}: {err(p)}
                  </li>
                ))}
              </ul>
            )}
          </Flash>
        )}
        <Card className="space-y-4">
          <Field label="Template name" error={err("name")}>
            <Input autoComplete="off" {...form.register("name")} />
          </Field>
          <CheckboxField label="Default template (for touchpoints without their own)">
            <input type="checkbox" {...form.register("isDefault")} />
          </CheckboxField>
        </Card>

        <a href="#template-preview" className="inline-block text-sm lg:hidden">
          Jump to the phone preview ↓
        </a>
        {/* Five equal columns on phones: a scrolling row hid "Suomi" past the edge at 390 px. */}
        <div role="tablist" aria-label="Language" className="grid grid-cols-5 gap-1 sm:flex">
          {LOCALES.map((l) => {
            const bad = paths.filter((p) => p.endsWith(`.${l}`)).length;
            const summary = l === SOURCE_LOCALE ? "" : statusSummary(status[l]);
            return (
              <button
                key={l}
                type="button"
                role="tab"
                aria-selected={locale === l}
                onClick={() => setLocale(l)}
                className={cn(
                  "flex min-h-11 min-w-0 flex-col items-center justify-center rounded-lg border px-1 py-1 text-sm sm:px-3",
                  locale === l
                    ? "border-brand bg-brand-soft font-medium text-brand-strong"
                    : "border-line bg-surface text-ink-soft",
                )}
              >
                <span className="flex items-center gap-1">
                  {LANGUAGE_NAMES[l]}
                  {bad > 0 && (
                    <span className="rounded-full bg-bad px-1.5 text-xs text-white" aria-label={`${bad} errors`}>
                      {bad}
                    </span>
                  )}
                </span>
                {summary && (
                  <span data-testid={`status-${l}`} className="text-center text-[11px] leading-tight text-warn">
                    {summary}
                  </span>
                )}
              </button>
            );
          })}
        </div>

        {/* Keyed by language: react-hook-form leaves a reused input showing the last language's text. */}
        <Card key={locale} className="space-y-4" role="tabpanel" aria-label={LANGUAGE_NAMES[locale]}>
          <Field
            label={`Introduction (${locale})`}
            error={err(`definition.intro.${locale}`)}
            hint={stateNote(textState("intro"))}
          >
            <Textarea lang={locale} rows={2} {...form.register(`definition.intro.${locale}`)} />
          </Field>
          <Field
            label={`Thank-you message (${locale})`}
            error={err(`definition.thankYou.${locale}`)}
            hint={stateNote(textState("thankYou"))}
          >
            <Textarea lang={locale} rows={2} {...form.register(`definition.thankYou.${locale}`)} />
          </Field>
        </Card>

        <section aria-labelledby="questions-h" className="space-y-3">
          <h2 id="questions-h" className="text-lg font-semibold">
            Questions
          </h2>
          {err("definition.questions") && (
            <p className="text-sm font-medium text-bad">Questions {err("definition.questions")}.</p>
          )}
          {questions.fields.map((field, i) => (
            <QuestionCard
              key={field.id}
              index={i}
              count={questions.fields.length}
              locale={locale}
              form={form}
              err={err}
              textState={textState}
              onMove={(to) => questions.move(i, to)}
              onRemove={() => questions.remove(i)}
            />
          ))}
          <div className="flex flex-wrap gap-2">
            {SINGLE_KINDS.filter((k) => !present.has(k)).map((k) => (
              <Button
                key={k}
                size="sm"
                variant="secondary"
                onClick={() => {
                  // Scores and questions go above the closing comment box, where customers expect them.
                  const q = newQuestion(k, definition.questions);
                  const comment = definition.questions.findIndex((x) => x.kind === "comment");
                  if (k !== "comment" && comment >= 0) questions.insert(comment, q);
                  else questions.append(q);
                }}
              >
                + {KIND_LABELS[k]}
              </Button>
            ))}
            <Button
              size="sm"
              variant="secondary"
              onClick={() => questions.append(newQuestion("choice", definition.questions))}
            >
              + {KIND_LABELS.choice}
            </Button>
          </div>
        </section>
        {confirming && stale.length > 0 && (
          <Flash tone="warn">
            <div role="alert" className="space-y-2">
              <p className="font-medium">
                {stale.length === 1
                  ? `${count(status[stale[0]])} in ${LANGUAGE_NAMES[stale[0]]} ${count(status[stale[0]]) === "1 text" ? "is" : "are"} missing or older than the English — publish anyway?`
                  : "Some translations are missing or older than the English — publish anyway?"}
              </p>
              {stale.length > 1 && (
                <ul className="list-disc pl-5 text-sm">
                  {stale.map((l) => (
                    <li key={l}>
                      {LANGUAGE_NAMES[l]}: {statusSummary(status[l])}
                    </li>
                  ))}
                </ul>
              )}
              <p className="text-sm">Customers choosing these languages see the texts as they are now.</p>
              <div className="flex flex-wrap gap-2">
                <Button size="sm" onClick={() => void publish()} loading={isSubmitting}>
                  Publish anyway
                </Button>
                <Button size="sm" variant="secondary" onClick={() => setConfirming(false)}>
                  Keep editing
                </Button>
              </div>
            </div>
          </Flash>
        )}
        <FormActions saving={isSubmitting} label="Save template" cancelHref="/admin/templates" />
      </ScriptForm>
      <aside id="template-preview" className="scroll-mt-16 lg:sticky lg:top-6">
        <TemplatePreview definition={definition} locale={locale} orgName={orgName} />
      </aside>
    </div>
  );
}
