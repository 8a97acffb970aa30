"use client";
import { useRouter } from "next/navigation";
import { ConfirmButton } from "@/components/ui/dialog";
import { useToast } from "@/components/ui/toast";
import type { ActionResult } from "@/lib/admin/result";

export function RevokeKeyButton({ name, revoke }: { name: string; revoke: () => Promise<ActionResult<undefined>> }) {
  const router = useRouter();
  const toast = useToast();
  return (
    <ConfirmButton
      label="Revoke"
      title={`Revoke “${name}”?`}
      body="Anything using this key is refused from now on. This can't be undone; create a new key instead."
      confirmLabel="Revoke key"
      onConfirm={async () => {
        const r = await revoke();
        toast(r.ok ? (r.message ?? "Revoked.") : (r.formError ?? "That didn't work."), r.ok ? "good" : "bad");
        router.refresh();
      }}
    />
  );
}
