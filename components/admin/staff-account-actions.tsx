"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ConfirmButton } from "@/components/ui/dialog";
import { Flash, useToast } from "@/components/ui/toast";
import type { ActionResult } from "@/lib/admin/result";
import { SecretOnce } from "./secret-once";

/** Reset password (shown once) and deactivate / reactivate, each behind a confirmation. */
export function StaffAccountActions(props: {
  name: string;
  active: boolean;
  isSelf: boolean;
  setActive: (active: boolean) => Promise<ActionResult<undefined>>;
  resetPassword: () => Promise<ActionResult<{ password: string }>>;
}) {
  const router = useRouter();
  const toast = useToast();
  const [password, setPassword] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="space-y-3">
      {error && <Flash tone="bad">{error}</Flash>}
      {password && (
        <SecretOnce
          title={`New one-time password for ${props.name}`}
          secret={password}
          note="Shown only now. Their old password no longer works, they are signed out everywhere, and they choose their own password when they next sign in."
        />
      )}
      <div className="flex flex-wrap gap-2">
        <ConfirmButton
          label="Reset password"
          title={`Reset ${props.name}'s password?`}
          body="Their current password stops working at once, and you'll see a new one-time password to give them."
          confirmLabel="Reset password"
          onConfirm={async () => {
            const r = await props.resetPassword();
            if (r.ok) setPassword(r.data.password);
            else setError(r.formError ?? "That didn't work.");
          }}
        />
        {!props.isSelf &&
          (props.active ? (
            <ConfirmButton
              label="Deactivate"
              title={`Deactivate ${props.name}?`}
              body="They can no longer sign in or be credited on new interactions. Their past credits stay in the scores. You can reactivate them later."
              confirmLabel="Deactivate"
              onConfirm={async () => {
                const r = await props.setActive(false);
                if (r.ok) {
                  toast(r.message ?? "Deactivated.");
                  router.refresh();
                } else setError(r.formError ?? "That didn't work.");
              }}
            />
          ) : (
            <ConfirmButton
              label="Reactivate"
              title={`Reactivate ${props.name}?`}
              body="They can sign in again and be credited on new interactions."
              confirmLabel="Reactivate"
              onConfirm={async () => {
                const r = await props.setActive(true);
                if (r.ok) {
                  toast(r.message ?? "Reactivated.");
                  router.refresh();
                } else setError(r.formError ?? "That didn't work.");
              }}
            />
          ))}
      </div>
    </div>
  );
}
