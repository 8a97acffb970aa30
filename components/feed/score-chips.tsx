// A response's answers as small coloured chips: NPS 0–10, CSAT 1–5, CES 1–7.
import { Badge } from "@/components/ui/badge";

type Tone = "good" | "neutral" | "bad";

function tone(metric: "nps" | "csat" | "ces", v: number): Tone {
  if (metric === "nps") return v >= 9 ? "good" : v >= 7 ? "neutral" : "bad";
  if (metric === "csat") return v >= 4 ? "good" : v === 3 ? "neutral" : "bad";
  return v >= 5 ? "good" : v === 4 ? "neutral" : "bad";
}

export function ScoreChips({ nps, csat, ces }: { nps: number | null; csat: number | null; ces: number | null }) {
  const chips = [
    nps !== null && { key: "nps", label: `NPS ${nps}/10`, tone: tone("nps", nps) },
    csat !== null && { key: "csat", label: `CSAT ${csat}/5`, tone: tone("csat", csat) },
    ces !== null && { key: "ces", label: `CES ${ces}/7`, tone: tone("ces", ces) },
  ].filter(Boolean) as { key: string; label: string; tone: Tone }[];
  if (chips.length === 0) return <Badge>No scores, comment only</Badge>;
  return (
    <span className="flex flex-wrap gap-1.5">
      {chips.map((c) => (
        <Badge key={c.key} tone={c.tone} className="text-sm tabular-nums">
          {c.label}
        </Badge>
      ))}
    </span>
  );
}
