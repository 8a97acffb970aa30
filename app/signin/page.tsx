import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/authorize";
import { HOME_BY_ROLE } from "@/lib/auth/roles";
import { safeNext } from "@/lib/admin/sign-in-schema";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const next = safeNext((await searchParams).next);
  const actor = await currentActor();
  if (actor) redirect(next === "/" ? HOME_BY_ROLE[actor.role] : next);
  return (
    <main className="flex min-h-dvh flex-col items-center justify-center px-4 py-10">
      <div className="w-full max-w-sm">
        <div className="mb-6 flex flex-col items-center text-center">
          <svg aria-hidden viewBox="0 0 24 24" className="mb-3 size-12 text-brand" fill="currentColor">
            <circle cx="7" cy="12" r="4" opacity="0.55" />
            <circle cx="12" cy="12" r="4" opacity="0.8" />
            <circle cx="17" cy="12" r="4" />
          </svg>
          <h1 className="text-2xl font-semibold tracking-tight">Sign in to Ensemble</h1>
          <p className="mt-1 text-ink-soft">See the difference you make for every customer.</p>
        </div>
        <div className="rounded-[var(--radius-card)] border border-line bg-surface p-5 shadow-[var(--shadow-card)] sm:p-6">
          <SignInForm next={next} />
        </div>
        <p className="mt-6 text-center text-sm text-ink-faint">
          Forgot your password? Ask your Ensemble admin for a new one.
        </p>
      </div>
    </main>
  );
}
