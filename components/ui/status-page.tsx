import Link from "next/link";
import { buttonClass } from "./button";

/** The full-page message behind 403, 404 and error screens: what happened and a way on. */
export function StatusPage({
  code,
  title,
  children,
  action,
}: {
  code: string;
  title: string;
  children: React.ReactNode;
  action?: React.ReactNode;
}) {
  return (
    <main className="flex min-h-dvh items-center justify-center px-4 py-10">
      <div className="w-full max-w-md text-center">
        <p className="text-sm font-semibold tracking-widest text-accent uppercase">{code}</p>
        <h1 className="mt-2 text-2xl font-semibold tracking-tight">{title}</h1>
        <div className="mt-2 text-ink-soft">{children}</div>
        <div className="mt-6 flex flex-wrap justify-center gap-2">
          {action ?? (
            <Link href="/" className={buttonClass("primary")}>
              Go to my home page
            </Link>
          )}
        </div>
      </div>
    </main>
  );
}
