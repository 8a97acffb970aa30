import { headers } from "next/headers";
import { LocalLinksWarning } from "@/components/admin/local-links-warning";
import { AppNav } from "@/components/shell/app-nav";
import { SignOutButton } from "@/components/shell/sign-out-button";
import { ToastProvider } from "@/components/ui/toast";
import { loadShell } from "@/lib/admin/shell";
import { baseUrlFrom, isLocalBaseUrl } from "@/lib/interactions/links";

// Every signed-in screen lives in this frame. Pages still call guardPage for their own roles.
export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const { actor, orgName, unread } = await loadShell();
  // On a one-time password there is nowhere to go but choosing a new one (pages redirect here).
  if (actor.mustChangePassword)
    return (
      <ToastProvider>
        <main id="main" className="mx-auto w-full max-w-xl px-4 pt-8 pb-12 sm:px-6">
          {children}
          <SignOutButton className="mt-4 -ml-3" />
        </main>
      </ToastProvider>
    );
  const base = actor.role === "admin" ? baseUrlFrom(await headers()) : null;
  return (
    <ToastProvider>
      <AppNav role={actor.role} name={actor.name} email={actor.email} orgName={orgName} unread={unread} />
      <div className="md:pl-60">
        <main id="main" className="mx-auto w-full max-w-5xl px-4 pt-5 pb-24 sm:px-6 md:px-8 md:pt-8 md:pb-12">
          {base && isLocalBaseUrl(base) && <LocalLinksWarning base={base} />}
          {children}
        </main>
      </div>
      {/* The service worker keeps the last-loaded feed readable offline (lib/offline/sw.ts). */}
      <script src="/sw-register.js" defer />
    </ToastProvider>
  );
}
