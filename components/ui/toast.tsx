"use client";
import { createContext, useCallback, useContext, useState } from "react";
import { cn } from "./cn";

type Toast = { id: number; message: string; tone: "good" | "bad" };
const ToastContext = createContext<(message: string, tone?: Toast["tone"]) => void>(() => {});

/** Short confirmations ("Saved.") that announce themselves politely and fade after a few seconds. */
export function ToastProvider({ children }: { children: React.ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const push = useCallback((message: string, tone: Toast["tone"] = "good") => {
    const id = Date.now() + Math.random();
    setToasts((t) => [...t, { id, message, tone }]);
    setTimeout(() => setToasts((t) => t.filter((x) => x.id !== id)), 4500);
  }, []);
  return (
    <ToastContext.Provider value={push}>
      {children}
      <div
        aria-live="polite"
        role="status"
        className="pointer-events-none fixed inset-x-0 bottom-20 z-50 flex flex-col items-center gap-2 px-4 md:bottom-6"
      >
        {toasts.map((t) => (
          <p
            key={t.id}
            className={cn(
              "pointer-events-auto rounded-lg px-4 py-2.5 text-sm font-medium text-white shadow-lg",
              t.tone === "good" ? "bg-ink" : "bg-bad",
            )}
          >
            {t.message}
          </p>
        ))}
      </div>
    </ToastContext.Provider>
  );
}

export function useToast() {
  return useContext(ToastContext);
}

/** A message that stays on the page (form-level errors, one-time secrets). */
export function Flash({
  tone = "info",
  children,
  className,
}: {
  tone?: "info" | "good" | "bad" | "warn";
  children: React.ReactNode;
  className?: string;
}) {
  const tones = {
    info: "bg-brand-soft text-brand-strong border-brand/20",
    good: "bg-good-soft text-good border-good/20",
    bad: "bg-bad-soft text-bad border-bad/20",
    warn: "bg-warn-soft text-warn border-warn/20",
  };
  return (
    <div
      role={tone === "bad" ? "alert" : "status"}
      className={cn("rounded-lg border px-4 py-3 text-sm", tones[tone], className)}
    >
      {children}
    </div>
  );
}
