"use client";
import { zodResolver } from "@hookform/resolvers/zod";
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

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_380px] lg:items-start">
      <form
        noValidate
        className="space-y-5"
        onSubmit={form.handleSubmit(async () => {
          const r = await run(() => save(form.getValues()));
          if (r?.ok) {
            if (r.data.id !== undefined && location.pathname.endsWith("/new"))
              router.push(`/admin/templates/${r.data.id}`);
            else router.refresh();
          }
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
            return (
              <button
                key={l}
                type="button"
                role="tab"
                aria-selected={locale === l}
                onClick={() => setLocale(l)}
                className={cn(
                  "flex min-h-11 min-w-0 flex-wrap items-center justify-center gap-1 rounded-lg border px-1 text-sm sm:px-3",
                  locale === l
                    ? "border-brand bg-brand-soft font-medium text-brand-strong"
                    : "border-line bg-surface text-ink-soft",
                )}
              >
                {LANGUAGE_NAMES[l]}
                {bad > 0 && (
                  <span className="rounded-full bg-bad px-1.5 text-xs text-white" aria-label={`${bad} errors`}>
                    {bad}
                  </span>
                )}
              </button>
            );
          })}
        </div>

        {/* Keyed by language: react-hook-form leaves a reused input showing the last language's text. */}
        <Card key={locale} className="space-y-4" role="tabpanel" aria-label={LANGUAGE_NAMES[locale]}>
          <Field label={`Introduction (${locale})`} error={err(`definition.intro.${locale}`)}>
            <Textarea lang={locale} rows={2} {...form.register(`definition.intro.${locale}`)} />
          </Field>
          <Field label={`Thank-you message (${locale})`} error={err(`definition.thankYou.${locale}`)}>
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
                onClick={() => questions.append(newQuestion(k, definition.questions))}
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
        <FormActions saving={isSubmitting} label="Save template" cancelHref="/admin/templates" />
      </form>
      <aside id="template-preview" className="scroll-mt-16 lg:sticky lg:top-6">
        <TemplatePreview definition={definition} locale={locale} orgName={orgName} />
      </aside>
    </div>
  );
}
