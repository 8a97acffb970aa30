// The words for each kind of gaming flag, shared by the list and the flag's own page.
import type { FlagKind } from "@/lib/gaming/types";

export const KIND_WORDS: Record<FlagKind, { title: string; what: string }> = {
  burst: { title: "Burst of top scores", what: "Many top scores from one address or kiosk in a short time." },
  "share-jump": { title: "Share of 10s jumped", what: "A person's share of 10s rose far beyond their own history." },
  "asked-for-ten": { title: "Asked for a 10", what: "The customer's comment says they were asked to give a 10." },
  "kiosk-speed": { title: "Kiosk faster than a person", what: "Answers came in faster than a person can answer." },
};

export function when(d: Date, timeZone: string): string {
  return d.toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone });
}

export function span(from: Date, to: Date, timeZone: string): string {
  const a = when(from, timeZone);
  const b = when(to, timeZone);
  return a === b ? a : `${a} – ${b}`;
}
