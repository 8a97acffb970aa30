"use client";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { Button } from "@/components/ui/button";
import { useToast } from "@/components/ui/toast";
import type { ActionResult } from "@/lib/admin/result";

/** "Retry now" on one unsent email: the mail loop tries it at once, then the list is read again. */
export function EmailRetryButton({ to, retry }: { to: string; retry: () => Promise<ActionResult> }) {
  const router = useRouter();
  const toast = useToast();
  const [pending, start] = useTransition();
  return (
    <Button
      size="sm"
      variant="secondary"
      loading={pending}
      aria-label={`Retry now: email to ${to}`}
      onClick={() =>
        start(async () => {
          const r = await retry();
          toast(
            r.ok ? (r.message ?? "Done.") : (r.formError ?? "That didn't work. Please try again."),
            r.ok ? "good" : "bad",
          );
          // The send takes a moment: read the list again once it has had the chance.
          await new Promise((res) => setTimeout(res, 1500));
          router.refresh();
        })
      }
    >
      Retry now
    </Button>
  );
}
