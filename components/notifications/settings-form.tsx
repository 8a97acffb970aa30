"use client";
// One's own notification settings: which kinds to hear about and the language of the emails.
// A plain form bound to a server action, so it works before hydration too.
import { useActionState } from "react";
import type { SettingsState } from "@/app/(app)/me/settings/actions";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { controlClass } from "@/components/ui/input";
import { Flash } from "@/components/ui/toast";
import type { Role } from "@/lib/auth/roles";
import { KIND_LABEL, NOTIFICATION_KINDS, type NotificationKind } from "@/lib/notifications/kinds";
import type { MySettings } from "@/lib/notifications/settings";
import { LANGUAGE_NAMES, LOCALES, type Locale } from "@/lib/surveys/i18n";

type Props = {
  settings: MySettings;
  role: Role;
  email: boolean;
  save: (s: SettingsState, f: FormData) => Promise<SettingsState>;
};

/** Kinds a role can receive at all; the others are not offered. */
const FOR_ROLE: Record<Role, NotificationKind[]> = {
  admin: ["followup.opened", "followup.escalated", "kudos"],
  manager: ["followup.opened", "followup.escalated", "kudos"],
  staff: ["kudos"],
};

export function SettingsForm({ settings, role, email, save }: Props) {
  const [state, action, saving] = useActionState(save, {});
  const muted = new Set(settings.muted);
  const orgLanguage = LANGUAGE_NAMES[settings.orgLocale as Locale] ?? settings.orgLocale;
  return (
    <form action={action} className="max-w-2xl space-y-4">
      <Card>
        <CardTitle>Notifications</CardTitle>
        <p className="mb-3 text-sm text-ink-soft">
          {email
            ? "Each one arrives in your inbox and by email. Untick a kind to mute it."
            : "Each one arrives in your inbox. Untick a kind to mute it."}
        </p>
        <fieldset className="space-y-3">
          <legend className="sr-only">Tell me about</legend>
          {NOTIFICATION_KINDS.filter((k) => FOR_ROLE[role].includes(k)).map((k) => (
            <label key={k} className="flex cursor-pointer items-start gap-3">
              <input
                type="checkbox"
                name="hear"
                value={k}
                defaultChecked={!muted.has(k)}
                className="mt-1 size-5 shrink-0 accent-brand"
              />
              <span>
                <span className="block font-medium">{KIND_LABEL[k].title}</span>
                <span className="block text-sm text-ink-faint">{KIND_LABEL[k].hint}</span>
              </span>
            </label>
          ))}
        </fieldset>
        {/* Kinds this role never receives stay as they were. */}
        {NOTIFICATION_KINDS.filter((k) => !FOR_ROLE[role].includes(k) && !muted.has(k)).map((k) => (
          <input key={k} type="hidden" name="hear" value={k} />
        ))}
      </Card>
      <Card>
        <CardTitle>Language of emails</CardTitle>
        <Field label="Language" hint="Emails to you are written in this language.">
          <select name="locale" defaultValue={settings.locale ?? ""} className={controlClass}>
            <option value="">Organisation default ({orgLanguage})</option>
            {LOCALES.map((l) => (
              <option key={l} value={l}>
                {LANGUAGE_NAMES[l]}
              </option>
            ))}
          </select>
        </Field>
      </Card>
      {state.error && <Flash tone="bad">{state.error}</Flash>}
      {state.ok && <Flash tone="good">{state.ok}</Flash>}
      <Button type="submit" loading={saving}>
        Save settings
      </Button>
    </form>
  );
}
