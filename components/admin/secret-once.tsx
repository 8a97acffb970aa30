"use client";
import { useState } from "react";
import { Button } from "@/components/ui/button";

/** A secret (password, API key) that is shown exactly once, with a copy button. */
export function SecretOnce({
  title,
  secret,
  note,
  extra,
}: {
  title: string;
  secret: string;
  note: string;
  extra?: React.ReactNode;
}) {
  const [copied, setCopied] = useState(false);
  return (
    <div role="status" className="rounded-[var(--radius-card)] border-2 border-accent/40 bg-accent-soft p-4">
      <p className="font-semibold text-ink">{title}</p>
      <p className="mt-1 text-sm text-ink-soft">{note}</p>
      <div className="mt-3 flex flex-wrap items-center gap-2">
        <code
          data-testid="secret"
          className="min-w-0 rounded-md bg-surface px-3 py-2 font-mono text-base break-all text-ink select-all"
        >
          {secret}
        </code>
        <Button
          size="sm"
          variant="secondary"
          onClick={async () => {
            try {
              await navigator.clipboard.writeText(secret);
              setCopied(true);
            } catch {
              setCopied(false);
            }
          }}
        >
          {copied ? "Copied" : "Copy"}
        </Button>
      </div>
      {extra}
    </div>
  );
}
