"use client";
import { useState } from "react";
import { Button } from "@/components/ui/button";

export function CopyLink({ url }: { url: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <Button
      variant="secondary"
      onClick={async () => {
        try {
          await navigator.clipboard.writeText(url);
          setCopied(true);
          setTimeout(() => setCopied(false), 2500);
        } catch {
          window.prompt("Copy the link", url);
        }
      }}
    >
      <span aria-live="polite">{copied ? "Copied ✓" : "Copy link"}</span>
    </Button>
  );
}
