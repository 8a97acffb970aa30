// The navigation each role sees. `primary` items also sit in the phone's bottom bar. The inbox comes
// right after what needs acting on, so its unread badge stays in sight on a short laptop screen.
import type { Role } from "@/lib/auth/roles";

export type NavItem = {
  href: string;
  label: string;
  /** the bottom bar's label where four items share a narrow phone; the link is still named `label` */
  short?: string;
  icon: IconName;
  primary?: boolean;
  exact?: boolean;
};
export type IconName =
  | "home"
  | "flag"
  | "form"
  | "pin"
  | "people"
  | "team"
  | "rule"
  | "key"
  | "gear"
  | "feed"
  | "plus"
  | "bell"
  | "user"
  | "hook"
  | "mail";

/** Everyone's inbox (with the unread badge) and own settings. */
export const INBOX: NavItem = { href: "/inbox", label: "Inbox", icon: "bell" };
const MY_SETTINGS: NavItem = { href: "/me/settings", label: "My settings", icon: "user" };
const MY_PASSWORD: NavItem = { href: "/me/password", label: "My password", icon: "key" };

export const NAV_BY_ROLE: Record<Role, NavItem[]> = {
  admin: [
    { href: "/admin", label: "Dashboard", icon: "home", primary: true, exact: true },
    { href: "/admin/follow-ups", label: "Follow-ups", icon: "flag", primary: true },
    INBOX,
    { href: "/admin/templates", label: "Templates", icon: "form", primary: true },
    { href: "/admin/touchpoints", label: "Touchpoints", icon: "pin" },
    { href: "/admin/staff", label: "Staff", icon: "people", primary: true },
    { href: "/admin/teams", label: "Teams", icon: "team" },
    { href: "/team", label: "Team scores", icon: "team" },
    { href: "/admin/rules", label: "Rules", icon: "rule" },
    { href: "/admin/keys", label: "Keys", icon: "key" },
    { href: "/admin/webhooks", label: "Webhooks", icon: "hook" },
    { href: "/admin/email", label: "Email", icon: "mail" },
    { href: "/admin/settings", label: "Settings", icon: "gear" },
    { href: "/team/disputes", label: "Disputes", icon: "flag" },
    { href: "/admin/flags", label: "Flags", icon: "flag" },
    { href: "/admin/audit", label: "Audit log", icon: "rule" },
    { href: "/admin/erasure", label: "Erasure", icon: "user" },
    MY_SETTINGS,
    MY_PASSWORD,
  ],
  manager: [
    { href: "/team", label: "Team", icon: "team", primary: true, exact: true },
    { href: "/admin/follow-ups", label: "Follow-ups", icon: "flag", primary: true },
    INBOX,
    { href: "/me", label: "My feed", icon: "feed", primary: true, exact: true },
    { href: "/new", label: "New interaction", short: "New", icon: "plus", primary: true },
    { href: "/shift", label: "On shift", icon: "pin" },
    { href: "/team/disputes", label: "Disputes", icon: "flag" },
    MY_SETTINGS,
    MY_PASSWORD,
  ],
  staff: [
    { href: "/me", label: "My feed", icon: "feed", primary: true, exact: true },
    { href: "/new", label: "New interaction", short: "New", icon: "plus", primary: true },
    { href: "/shift", label: "On shift", icon: "pin", primary: true },
    INBOX,
    MY_SETTINGS,
    MY_PASSWORD,
  ],
};

export function isActive(item: NavItem, pathname: string) {
  return item.exact ? pathname === item.href : pathname === item.href || pathname.startsWith(`${item.href}/`);
}
