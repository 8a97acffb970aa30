"use client";
// Polls the interaction's status while its QR is on screen; once the customer has answered, the page
// is re-rendered from the server and shows "answered, thank you" instead of the code.
import { useRouter } from "next/navigation";
import { useEffect } from "react";

export function AnsweredWatch({ id }: { id: string }) {
  const router = useRouter();
  useEffect(() => {
    let stopped = false;
    const timer = setInterval(async () => {
      if (document.hidden) return;
      try {
        const res = await fetch(`/api/interactions/${id}/status`, { cache: "no-store" });
        if (!res.ok) return;
        const { answered } = (await res.json()) as { answered: boolean };
        if (answered && !stopped) {
          stopped = true;
          clearInterval(timer);
          router.refresh();
        }
      } catch {
        // Offline for a moment: the next tick tries again.
      }
    }, 3000);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [id, router]);
  return null;
}
