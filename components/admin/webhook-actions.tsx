"use client";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/dialog";
import { useToast } from "@/components/ui/toast";
import type { ActionResult } from "@/lib/admin/result";

type Act<T = undefined> = () => Promise<ActionResult<T>>;

function useAct() {
  const router = useRouter();
  const toast = useToast();
  const [pending, start] = useTransition();
  const act = <T,>(fn: Act<T>, good?: (r: Extract<ActionResult<T>, { ok: true }>) => boolean) =>
    start(async () => {
      const r = await fn();
      const tone = r.ok && (good ? good(r) : true) ? "good" : "bad";
      toast(r.ok ? (r.message ?? "Done.") : (r.formError ?? "That didn't work. Please try again."), tone);
      router.refresh();
    });
  return { act, pending };
}

/** Send test, pause or resume, remove: the controls of one endpoint. */
export function WebhookActions({
  url,
  paused,
  test,
  setPaused,
  remove,
}: {
  url: string;
  paused: boolean;
  test: Act<{ ok: boolean }>;
  setPaused: (paused: boolean) => Promise<ActionResult<undefined>>;
  remove: Act;
}) {
  const { act, pending } = useAct();
  return (
    <div className="flex flex-wrap gap-2">
      <Button size="sm" variant="secondary" loading={pending} onClick={() => act(test, (r) => r.data.ok)}>
        Send test
      </Button>
      <Button size="sm" variant="secondary" disabled={pending} onClick={() => act(() => setPaused(!paused))}>
        {paused ? "Resume" : "Pause"}
      </Button>
      <ConfirmButton
        label="Remove"
        title="Remove this webhook?"
        body={
          <>
            <span className="break-all">{url}</span> receives nothing more. Its delivery log is kept. To stop for a
            while instead, pause it.
          </>
        }
        confirmLabel="Remove webhook"
        variant="ghost"
        onConfirm={() => act(remove)}
      />
    </div>
  );
}

export function ResendButton({ resend }: { resend: Act }) {
  const { act, pending } = useAct();
  return (
    <Button size="sm" variant="secondary" loading={pending} onClick={() => act(resend)}>
      Send again
    </Button>
  );
}
