// The impact's interval drawn on a line through the organisation's score (0): when the bar
// crosses 0 the difference is not clear yet, and the picture says so as plainly as the words.
import { useId } from "react";
import type { ImpactReading } from "@/lib/scoring/clarity";
import { signedImpact } from "@/lib/feed/format";

const W = 320;
const H = 56;
const PAD = 16;

export function ImpactInterval({ reading, unit = "NPS points" }: { reading: ImpactReading; unit?: string }) {
  const id = useId();
  if (reading.low === undefined || reading.high === undefined || reading.impact === undefined) return null;
  // Symmetric scale around 0, at least ±10 so a tight interval is not blown up to fill the width.
  const reach = Math.max(10, Math.ceil(Math.max(Math.abs(reading.low), Math.abs(reading.high)) / 5) * 5);
  const x = (v: number) => PAD + ((v + reach) / (2 * reach)) * (W - 2 * PAD);
  const clear = reading.clarity === "above" || reading.clarity === "below";
  const colour = clear ? (reading.clarity === "above" ? "#2e6b5a" : "#a35a1f") : "#6b716c";
  const desc = `Impact ${signedImpact(reading.impact)} ${unit}, likely between ${signedImpact(reading.low)} and ${signedImpact(reading.high)}. ${clear ? "The whole range is on one side of the organisation's score." : "The range includes the organisation's score (0)."}`;
  return (
    <figure className="mt-3">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${id}-t`} className="h-auto w-full max-w-sm">
        <title id={`${id}-t`}>{desc}</title>
        <line x1={PAD} x2={W - PAD} y1={22} y2={22} stroke="#d9d1c4" strokeWidth={1} />
        <line x1={x(0)} x2={x(0)} y1={8} y2={36} stroke="#1f2421" strokeWidth={1} strokeDasharray="3 2" />
        <rect
          x={x(reading.low)}
          y={17}
          width={Math.max(2, x(reading.high) - x(reading.low))}
          height={10}
          rx={5}
          fill={colour}
          opacity={0.28}
        />
        <circle cx={x(reading.impact)} cy={22} r={5} fill={colour} />
        <text x={x(0)} y={50} textAnchor="middle" fontSize={11} fill="#1f2421">
          org (0)
        </text>
        <text x={PAD} y={50} textAnchor="start" fontSize={11} fill="#4a514c">
          {signedImpact(-reach)}
        </text>
        <text x={W - PAD} y={50} textAnchor="end" fontSize={11} fill="#4a514c">
          {signedImpact(reach)}
        </text>
      </svg>
      <figcaption className="text-xs text-ink-faint">
        Dot: impact. Bar: the range it likely lies in ({signedImpact(reading.low)} to {signedImpact(reading.high)}{" "}
        {unit}). A bar across the dashed line means no clear difference yet.
      </figcaption>
    </figure>
  );
}
