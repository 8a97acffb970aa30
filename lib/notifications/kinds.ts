// The kinds of notification a person can get, and can mute, one for each event that reaches people.
export const NOTIFICATION_KINDS = ["followup.opened", "followup.escalated", "kudos"] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export function isNotificationKind(s: string): s is NotificationKind {
  return (NOTIFICATION_KINDS as readonly string[]).includes(s);
}

/** How the settings page and the inbox name each kind. */
export const KIND_LABEL: Record<NotificationKind, { title: string; hint: string }> = {
  "followup.opened": {
    title: "New follow-up cases",
    hint: "An unhappy answer (NPS 0–6) routed to you: your team's, a touchpoint you manage, or, as an admin, one that credits nobody.",
  },
  "followup.escalated": {
    title: "Escalated cases",
    hint: "A case still open past the organisation's time limit. Admins and the case's assignee.",
  },
  kudos: { title: "Kudos", hint: "A promoter (NPS 9–10) left a comment on an interaction you were credited with." },
};

/** Where a notification leads: the case, or the answer in the person's feed. */
export function notificationHref(n: { kind: string; followUpId: string | null; responseId: string | null }): string {
  if (n.followUpId) return `/admin/follow-ups/${n.followUpId}`;
  if (n.responseId) return `/me/responses/${n.responseId}`;
  return "/inbox";
}
