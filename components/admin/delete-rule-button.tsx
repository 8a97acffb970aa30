"use client";
import { useRouter } from "next/navigation";
import { ConfirmButton } from "@/components/ui/dialog";
import { useToast } from "@/components/ui/toast";
import type { ActionResult } from "@/lib/admin/result";

export function DeleteRuleButton({ remove }: { remove: () => Promise<ActionResult<undefined>> }) {
  const router = useRouter();
  const toast = useToast();
  return (
    <ConfirmButton
      label="Delete"
      variant="ghost"
      title="Delete this rule?"
      body="New interactions stop crediting it. Interactions already created keep the credits they had."
      confirmLabel="Delete rule"
      onConfirm={async () => {
        const r = await remove();
        toast(r.ok ? (r.message ?? "Deleted.") : (r.formError ?? "That didn't work."), r.ok ? "good" : "bad");
        router.refresh();
      }}
    />
  );
}
