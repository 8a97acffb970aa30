"use client";
import { useFieldArray, useWatch, type UseFormReturn } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { CheckboxField, Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import type { Locale } from "@/lib/orgs/schema";
import type { Question } from "@/lib/surveys/template-schema";
import { stateNote, type TextState } from "@/lib/surveys/translation-status";
import type { TemplateValues } from "./template-editor";
import { KIND_LABELS, newOption } from "./template-questions";

type Props = {
  index: number;
  count: number;
  locale: Locale;
  form: UseFormReturn<TemplateValues, unknown, unknown>;
  err: (path: string) => string | undefined;
  /** Whether this language's text at a form path is missing or older than the English. */
  textState: (path: string) => TextState | undefined;
  onMove: (to: number) => void;
  onRemove: () => void;
};

/** One question: its text in the chosen language, and for a choice its options. */
export function QuestionCard({ index, count, locale, form, err, textState, onMove, onRemove }: Props) {
  const base = `definition.questions.${index}` as const;
  const q = useWatch({ control: form.control, name: base }) as Question;
  return (
    <Card className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="font-medium">
          {index + 1}. {KIND_LABELS[q.kind]} <span className="font-mono text-xs text-ink-faint">{q.id}</span>
        </p>
        <div className="flex gap-1">
          <Button
            size="sm"
            variant="ghost"
            disabled={index === 0}
            onClick={() => onMove(index - 1)}
            aria-label={`Move question ${index + 1} up`}
          >
            ↑
          </Button>
          <Button
            size="sm"
            variant="ghost"
            disabled={index === count - 1}
            onClick={() => onMove(index + 1)}
            aria-label={`Move question ${index + 1} down`}
          >
            ↓
          </Button>
          <Button size="sm" variant="ghost" disabled={count === 1} onClick={onRemove}>
            Remove
          </Button>
        </div>
      </div>
      <Field
        label={`Question text (${locale})`}
        error={err(`${base}.text.${locale}`) ?? err(`${base}.kind`) ?? err(`${base}.id`)}
        hint={stateNote(textState(`${base}.text`))}
      >
        <Input key={locale} lang={locale} {...form.register(`${base}.text.${locale}` as never)} />
      </Field>
      {q.kind === "choice" && <ChoiceOptions base={base} locale={locale} form={form} err={err} textState={textState} />}
      {(q.kind === "compare" || q.kind === "return") && (
        <FixedOptions base={base} locale={locale} form={form} err={err} textState={textState} />
      )}
    </Card>
  );
}

/** The three answers of a comparison or return question: their texts, never their number or order. */
function FixedOptions({
  base,
  locale,
  form,
  err,
  textState,
}: {
  base: `definition.questions.${number}`;
  locale: Locale;
  form: Props["form"];
  err: Props["err"];
  textState: Props["textState"];
}) {
  return (
    <div className="space-y-2 border-l-2 border-line pl-3">
      {err(`${base}.options`) && <p className="text-sm font-medium text-bad">Options {err(`${base}.options`)}.</p>}
      {[0, 1, 2].map((j) => (
        <Field
          key={j}
          label={`Answer ${j + 1} of 3 (${locale})`}
          error={err(`${base}.options.${j}.text.${locale}`)}
          hint={stateNote(textState(`${base}.options.${j}.text`))}
        >
          <Input key={locale} lang={locale} {...form.register(`${base}.options.${j}.text.${locale}` as never)} />
        </Field>
      ))}
    </div>
  );
}

function ChoiceOptions({
  base,
  locale,
  form,
  err,
  textState,
}: {
  base: `definition.questions.${number}`;
  locale: Locale;
  form: Props["form"];
  err: Props["err"];
  textState: Props["textState"];
}) {
  const options = useFieldArray({ control: form.control, name: `${base}.options` as never });
  return (
    <div className="space-y-2 border-l-2 border-line pl-3">
      <CheckboxField label="People may pick more than one">
        <input type="checkbox" {...form.register(`${base}.multiple` as never)} />
      </CheckboxField>
      {err(`${base}.options`) && <p className="text-sm font-medium text-bad">Options {err(`${base}.options`)}.</p>}
      {options.fields.map((o, j) => (
        <div key={o.id} className="flex items-end gap-2">
          <Field
            className="flex-1"
            label={`Option ${j + 1} (${locale})`}
            error={err(`${base}.options.${j}.text.${locale}`) ?? err(`${base}.options.${j}.id`)}
            hint={stateNote(textState(`${base}.options.${j}.text`))}
          >
            <Input key={locale} lang={locale} {...form.register(`${base}.options.${j}.text.${locale}` as never)} />
          </Field>
          <Button
            size="sm"
            variant="ghost"
            className="mb-1"
            onClick={() => options.remove(j)}
            aria-label={`Remove option ${j + 1}`}
          >
            ✕
          </Button>
        </div>
      ))}
      <Button
        size="sm"
        variant="secondary"
        onClick={() => {
          const all = form.getValues("definition.questions") as Question[];
          const taken = new Set(all.flatMap((q) => [q.id, ...(q.kind === "choice" ? q.options.map((x) => x.id) : [])]));
          options.append(newOption(taken) as never);
        }}
      >
        + Option
      </Button>
    </div>
  );
}
