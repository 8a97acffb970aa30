// Renders one notification email in the recipient's locale: a plain-text part and a minimal
// HTML part with the same words. Links are absolute, from the app's public origin.
import { fill } from "../surveys/i18n";
import type { Locale } from "../orgs/schema";
import { EMAIL_STRINGS } from "./email-strings";
import { notificationHref, type NotificationKind } from "./kinds";

export type EmailContent = { subject: string; text: string; html: string };

/** The origin emails link to: PUBLIC_BASE_URL (as survey links use), else NEXTAUTH_URL. */
export function appOrigin(): string {
  const raw = process.env.PUBLIC_BASE_URL?.trim() || process.env.NEXTAUTH_URL?.trim() || "http://localhost:3000";
  return raw.replace(/\/+$/, "");
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

const EXCERPT = 280;

export function renderEmail(args: {
  kind: NotificationKind;
  locale: Locale;
  org: string;
  touchpoint: string;
  nps: number | null;
  comment: string | null;
  hours?: number;
  followUpId: string | null;
  responseId: string | null;
}): EmailContent {
  const t = EMAIL_STRINGS[args.locale];
  const values = {
    touchpoint: args.touchpoint,
    nps: args.nps ?? "–",
    hours: args.hours ?? "",
    org: args.org,
  };
  const url = `${appOrigin()}${notificationHref({ kind: args.kind, followUpId: args.followUpId, responseId: args.responseId })}`;
  const settings = `${appOrigin()}/me/settings`;
  const subject = fill(t.subject[args.kind], values);
  const lead = fill(t.lead[args.kind], values);
  const comment =
    args.comment && args.comment.length > EXCERPT ? `${args.comment.slice(0, EXCERPT - 1)}…` : args.comment;
  const action = t.action[args.kind];
  const footer = fill(t.footer, { org: args.org, settings });
  const text = [lead, ...(comment ? [`“${comment}”`] : []), "", `${action}: ${url}`, "", "—", footer].join("\n");
  const html = [
    `<!doctype html><html lang="${args.locale}"><body style="font-family:system-ui,sans-serif;line-height:1.5;color:#1f2328;max-width:560px">`,
    `<p>${escapeHtml(lead)}</p>`,
    ...(comment
      ? [
          `<blockquote style="border-left:4px solid #d0d7de;margin:0;padding-left:12px">${escapeHtml(comment)}</blockquote>`,
        ]
      : []),
    `<p><a href="${escapeHtml(url)}" style="display:inline-block;background:#4f46e5;color:#fff;padding:10px 16px;border-radius:8px;text-decoration:none">${escapeHtml(action)}</a></p>`,
    `<p style="color:#6e7781;font-size:13px">${escapeHtml(fill(t.footer, { org: args.org, settings: "" })).trim()} <a href="${escapeHtml(settings)}">${escapeHtml(settings)}</a></p>`,
    `</body></html>`,
  ].join("\n");
  return { subject, text, html };
}
