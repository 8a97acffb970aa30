import { cloneElement, isValidElement, useId } from "react";
import { cn } from "./cn";

type FieldProps = {
  label: string;
  error?: string;
  hint?: string;
  className?: string;
  children: React.ReactElement<Record<string, unknown>>;
};

/** A label, the control, an optional hint and an inline error, wired for screen readers. */
export function Field({ label, error, hint, className, children }: FieldProps) {
  const id = useId();
  const controlId = (isValidElement(children) && (children.props.id as string)) || `${id}-control`;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const control = cloneElement(children, {
    id: controlId,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": [hintId, errorId].filter(Boolean).join(" ") || undefined,
  });
  return (
    <div className={cn("space-y-1.5", className)}>
      <label htmlFor={controlId} className="block text-sm font-medium text-ink">
        {label}
      </label>
      {control}
      {hint && (
        <p id={hintId} className="text-sm text-ink-faint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="text-sm font-medium text-bad">
          {sentence(label, error)}
        </p>
      )}
    </div>
  );
}

/** A checkbox with its label to the right, for toggles. */
export function CheckboxField({
  label,
  hint,
  error,
  children,
}: {
  label: string;
  hint?: string;
  error?: string;
  children: React.ReactElement<Record<string, unknown>>;
}) {
  const id = useId();
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="flex min-h-11 cursor-pointer items-center gap-3 text-base">
        {cloneElement(children, { id, className: "size-5 accent-brand" })}
        <span>{label}</span>
      </label>
      {hint && <p className="pl-8 text-sm text-ink-faint">{hint}</p>}
      {error && <p className="pl-8 text-sm font-medium text-bad">{sentence(label, error)}</p>}
    </div>
  );
}

/** Schema rules read "must be …"; inline they become "Time zone must be …", naming the field. */
export function sentence(label: string, rule: string) {
  return /^[a-z]/.test(rule) ? `${label} ${rule}.`.replace(/\.\.$/, ".") : rule;
}
