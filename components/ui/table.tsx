import { cn } from "./cn";

/** A plain table that scrolls sideways on a phone rather than squashing its columns. */
export function Table({
  children,
  className,
  caption,
}: {
  children: React.ReactNode;
  className?: string;
  caption?: string;
}) {
  // Focusable and named, so a keyboard can scroll it sideways and a screen reader says what it is.
  return (
    <div
      tabIndex={0}
      role="region"
      aria-label={caption ? `${caption} (scrolls sideways)` : "Table (scrolls sideways)"}
      className={cn(
        "overflow-x-auto rounded-[var(--radius-card)] border border-line bg-surface shadow-[var(--shadow-card)]",
        className,
      )}
    >
      <table className="w-full border-collapse text-left text-sm [&_tbody_tr:last-child_td]:border-b-0">
        {caption && <caption className="sr-only">{caption}</caption>}
        {children}
      </table>
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
