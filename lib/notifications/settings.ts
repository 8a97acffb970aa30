// A person's own settings: the language of their emails and the notification kinds they muted.
// Read and written only for the signed-in person: the functions take the Actor, never a user id
// from a request.
import "server-only";
import { z } from "zod";
import { db } from "../db";
import type { Actor } from "../auth/authorize";
import { LOCALES } from "../orgs/schema";
import { isNotificationKind, NOTIFICATION_KINDS, type NotificationKind } from "./kinds";

export function mutedKinds(stored: string | null | undefined): Set<NotificationKind> {
  return new Set((stored ?? "").split(",").filter(isNotificationKind));
}

export const mySettingsSchema = z.object({
  /** empty: the organisation's default language */
  locale: z
    .union([z.enum(LOCALES, { error: `must be one of ${LOCALES.join(", ")}` }), z.literal("")])
    .default("")
    .transform((v) => v || null),
  muted: z
    .array(z.enum(NOTIFICATION_KINDS, { error: `must be one of ${NOTIFICATION_KINDS.join(", ")}` }))
    .max(NOTIFICATION_KINDS.length)
    .default([]),
});
export type MySettingsInput = z.input<typeof mySettingsSchema>;

export type MySettings = { locale: string | null; muted: NotificationKind[]; orgLocale: string };

export async function getMySettings(actor: Pick<Actor, "userId" | "orgId">): Promise<MySettings> {
  const [s, org] = await Promise.all([
    db.userSettings.findUnique({ where: { userId: actor.userId }, select: { locale: true, muted: true } }),
    db.organization.findUnique({ where: { id: actor.orgId }, select: { defaultLocale: true } }),
  ]);
  return { locale: s?.locale ?? null, muted: [...mutedKinds(s?.muted)], orgLocale: org?.defaultLocale ?? "en" };
}

export async function saveMySettings(actor: Pick<Actor, "userId">, input: unknown): Promise<void> {
  const { locale, muted } = mySettingsSchema.parse(input);
  const data = { locale, muted: [...new Set(muted)].sort().join(",") };
  await db.userSettings.upsert({
    where: { userId: actor.userId },
    create: { userId: actor.userId, ...data },
    update: data,
  });
}
