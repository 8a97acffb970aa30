"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";
import type { Role } from "@/lib/auth/roles";
import { cn } from "@/components/ui/cn";
import { NavIcon } from "./nav-icon";
import { INBOX, isActive, NAV_BY_ROLE } from "./nav-items";
import { SignOutButton } from "./sign-out-button";
import { useUnread } from "./use-unread";

type Props = { role: Role; name: string; email: string; orgName: string; unread: number };

const ROLE_LABEL: Record<Role, string> = { admin: "Admin", manager: "Manager", staff: "Staff" };

/** Desktop: a sidebar. Phone: a top bar with a menu, and a bottom bar with the main destinations. */
export function AppNav({ role, name, email, orgName, unread: initialUnread }: Props) {
  const pathname = usePathname() ?? "/";
  const unread = useUnread(initialUnread);
  const badge = (href: string) =>
    href === INBOX.href && unread > 0 ? <UnreadBadge count={unread} className="ml-auto" /> : null;
  const items = NAV_BY_ROLE[role];
  const primary = items.filter((i) => i.primary);
  const menuRef = useRef<HTMLDetailsElement>(null);
  // Close the menu after a move to another page, not when the page first hydrates: a menu opened
  // on a slow phone before the script ran stays open.
  const menuPath = useRef(pathname);
  useEffect(() => {
    if (menuPath.current === pathname) return;
    menuPath.current = pathname;
    if (menuRef.current) menuRef.current.open = false;
  }, [pathname]);

  const who = (
    <div className="min-w-0">
      <p className="truncate font-medium text-ink">{name}</p>
      <p className="truncate text-sm text-ink-faint">
        {ROLE_LABEL[role]} · {email}
      </p>
    </div>
  );

  return (
    <>
      {/* Desktop sidebar */}
      <aside className="no-print fixed inset-y-0 left-0 hidden w-60 flex-col border-r border-line bg-surface md:flex">
        <div className="px-5 pt-5 pb-4">
          <Wordmark />
          <p className="mt-0.5 truncate text-sm text-ink-faint">{orgName}</p>
        </div>
        <nav aria-label="Main" className="flex-1 overflow-y-auto px-3">
          <ul className="space-y-px">
            {items.map((item) => {
              const active = isActive(item, pathname);
              return (
                <li key={item.href}>
                  <Link
                    href={item.href}
                    aria-current={active ? "page" : undefined}
                    className={cn(
                      "flex min-h-9 items-center gap-3 rounded-lg px-3 text-[0.95rem] no-underline",
                      active
                        ? "bg-brand-soft font-medium text-brand-strong"
                        : "text-ink-soft hover:bg-sunken hover:text-ink",
                    )}
                  >
                    <NavIcon name={item.icon} />
                    {item.label}
                    {badge(item.href)}
                  </Link>
                </li>
              );
            })}
          </ul>
        </nav>
        <div className="space-y-2 border-t border-line p-4">
          {who}
          <SignOutButton className="-ml-3" />
        </div>
      </aside>

      {/* Phone top bar */}
      <header className="no-print sticky top-0 z-30 flex h-14 items-center justify-between border-b border-line bg-surface/95 px-4 backdrop-blur md:hidden">
        <div className="min-w-0">
          <Wordmark />
          <span className="sr-only"> · {orgName}</span>
        </div>
        <div className="flex items-center gap-1">
          <Link
            href={INBOX.href}
            aria-current={isActive(INBOX, pathname) ? "page" : undefined}
            aria-label={unread > 0 ? `Inbox, ${unread} unread` : "Inbox"}
            data-testid="inbox-bell"
            className="relative flex size-11 items-center justify-center rounded-lg text-ink-soft no-underline hover:bg-sunken"
          >
            <NavIcon name="bell" className="size-6" />
            {unread > 0 && <UnreadBadge count={unread} className="absolute top-1 right-0.5" />}
          </Link>
          <details ref={menuRef} className="group relative">
            <summary className="flex min-h-11 cursor-pointer list-none items-center gap-2 rounded-lg px-3 text-ink-soft hover:bg-sunken [&::-webkit-details-marker]:hidden">
              <span className="text-sm font-medium">Menu</span>
              <svg
                aria-hidden
                viewBox="0 0 24 24"
                className="size-5"
                fill="none"
                stroke="currentColor"
                strokeWidth={1.8}
                strokeLinecap="round"
              >
                <path d="M4 7h16M4 12h16M4 17h16" />
              </svg>
            </summary>
            <div className="absolute right-0 z-40 mt-2 max-h-[calc(100dvh-9rem)] w-72 max-w-[calc(100vw-2rem)] overflow-y-auto overscroll-contain rounded-[var(--radius-card)] border border-line bg-surface p-3 shadow-xl md:max-h-[calc(100dvh-6rem)]">
              <div className="border-b border-line px-2 pb-3">
                {who}
                <p className="mt-1 truncate text-sm text-ink-faint">{orgName}</p>
              </div>
              <nav aria-label="Menu" className="py-2">
                <ul>
                  {items.map((item) => (
                    <li key={item.href}>
                      <Link
                        href={item.href}
                        aria-current={isActive(item, pathname) ? "page" : undefined}
                        className={cn(
                          "flex min-h-11 items-center gap-3 rounded-lg px-2 no-underline",
                          isActive(item, pathname)
                            ? "bg-brand-soft font-medium text-brand-strong"
                            : "text-ink hover:bg-sunken",
                        )}
                      >
                        <NavIcon name={item.icon} />
                        {item.label}
                        {badge(item.href)}
                      </Link>
                    </li>
                  ))}
                </ul>
              </nav>
              <div className="border-t border-line pt-2">
                <SignOutButton className="w-full justify-start" />
              </div>
            </div>
          </details>
        </div>
      </header>

      {/* Phone bottom bar */}
      <nav
        aria-label="Quick"
        className="no-print fixed inset-x-0 bottom-0 z-30 border-t border-line bg-surface pb-[env(safe-area-inset-bottom)] md:hidden"
      >
        <ul className="flex">
          {primary.map((item) => {
            const active = isActive(item, pathname);
            return (
              <li key={item.href} className="flex-1">
                <Link
                  href={item.href}
                  aria-current={active ? "page" : undefined}
                  aria-label={item.short ? item.label : undefined}
                  className={cn(
                    "flex min-h-14 flex-col items-center justify-center gap-0.5 text-xs whitespace-nowrap no-underline",
                    active ? "font-semibold text-brand" : "text-ink-soft",
                  )}
                >
                  <NavIcon name={item.icon} className="size-6" />
                  {item.short ?? item.label}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
    </>
  );
}

function UnreadBadge({ count, className }: { count: number; className?: string }) {
  return (
    <span
      data-testid="unread-badge"
      className={cn(
        "inline-flex min-w-5 items-center justify-center rounded-full bg-bad px-1.5 text-xs leading-5 font-semibold text-white tabular-nums",
        className,
      )}
    >
      <span aria-hidden>{count > 99 ? "99+" : count}</span>
      <span className="sr-only">{count} unread</span>
    </span>
  );
}

function Wordmark() {
  return (
    <span className="flex items-center gap-2 text-lg font-semibold tracking-tight text-ink">
      <svg aria-hidden viewBox="0 0 24 24" className="size-6 text-brand" fill="currentColor">
        <circle cx="7" cy="12" r="4" opacity="0.55" />
        <circle cx="12" cy="12" r="4" opacity="0.8" />
        <circle cx="17" cy="12" r="4" />
      </svg>
      Ensemble
    </span>
  );
}
