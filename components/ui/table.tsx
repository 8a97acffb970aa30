import { cn } from "./cn";

/** A plain table that scrolls sideways on a phone rather than squashing its columns. */
export function Table({
  children,
  className,
  caption,
  wide = false,
}: {
  children: React.ReactNode;
  className?: string;
  caption?: string;
  /** Many columns: on a phone, say under the table that it scrolls sideways. */
  wide?: boolean;
}) {
  // Focusable and named, so a keyboard can scroll it sideways and a screen reader says what it is.
  // A shadow on the edge with more to show tells everyone else.
  const box = (
    <div
      tabIndex={0}
      role="region"
      aria-label={caption ? `${caption} (scrolls sideways)` : "Table (scrolls sideways)"}
      className={cn(
        "scroll-shadows overflow-x-auto rounded-[var(--radius-card)] border border-line shadow-[var(--shadow-card)]",
        className,
      )}
    >
      <table className="w-full border-collapse text-left text-sm [&_tbody_tr:last-child_td]:border-b-0">
        {caption && <caption className="sr-only">{caption}</caption>}
        {children}
      </table>
    </div>
  );
  if (!wide) return box;
  return (
    <div>
      {box}
      <p aria-hidden="true" className="mt-1.5 text-right text-xs text-ink-faint sm:hidden">
        Scroll sideways for more columns →
      </p>
    </div>
  );
}

export function Th({ children, className }: { children?: React.ReactNode; className?: string }) {
  return (
    <th
      scope="col"
      className={cn(
        "border-b border-line bg-sunken/60 px-3 py-2.5 font-medium whitespace-nowrap text-ink-soft",
        className,
      )}
    >
      {children}
    </th>
  );
}

export function Td({ children, className }: { children?: React.ReactNode; className?: string }) {
  return <td className={cn("border-b border-line px-3 py-3 align-middle", className)}>{children}</td>;
}
