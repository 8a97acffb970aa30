"use client";
// A form that needs its script: until the page has hydrated its controls are disabled.
// Without this, what a person types on a slow connection before the script runs would be
// overwritten by the form's defaults when it does (react-hook-form sets each control to its
// default as it registers), and pressing Enter would send the fields as a plain GET, passwords
// in the address bar included.
import { useSyncExternalStore, type ComponentProps } from "react";
import { cn } from "./cn";

const never = () => () => {};

/** false while the server's HTML is all there is, true once React runs in the browser. */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
}

export function ScriptForm({ className, children, ...props }: ComponentProps<"form">) {
  const hydrated = useHydrated();
  return (
    <form {...props} aria-busy={hydrated ? undefined : true}>
      <fieldset disabled={!hydrated} className={cn("m-0 min-w-0 border-0 p-0", className)}>
        {children}
      </fieldset>
    </form>
  );
}
