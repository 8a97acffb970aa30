import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { PasswordForm } from "@/components/account/password-form";
import { PageHeader } from "@/components/ui/page-header";
import { safeNext } from "@/lib/admin/sign-in-schema";
import { currentActor } from "@/lib/auth/authorize";
import { changePasswordAction } from "./actions";

export const metadata: Metadata = { title: "My password" };

export default async function MyPasswordPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const actor = await currentActor();
  if (!actor) redirect("/signin?next=/me/password");
  const next = safeNext((await searchParams).next);
  const first = !!actor.mustChangePassword;
  return (
    <>
      <PageHeader
        title={first ? "Choose your password" : "My password"}
        description={
          first
            ? "You signed in with a one-time password. Choose your own to continue; nobody else will know it."
            : `Signed in as ${actor.name} (${actor.email}). Changing it signs you out on every other device.`
        }
      />
      <PasswordForm first={first} next={first ? next : null} email={actor.email} save={changePasswordAction} />
    </>
  );
}
