"use server";
// Saving one's own settings: the session decides whose.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { authorize } from "@/lib/auth/authorize";
import { saveMySettings } from "@/lib/notifications/settings";
import { NOTIFICATION_KINDS } from "@/lib/notifications/kinds";
import { describeIssues } from "@/lib/orgs/schema";

export type SettingsState = { ok?: string; error?: string };

export async function saveSettingsAction(_: SettingsState, form: FormData): Promise<SettingsState> {
  const actor = await authorize(["admin", "manager", "staff"]);
  // The form lists the kinds a person hears about; the rest are muted.
  const hear = new Set(form.getAll("hear").map(String));
  try {
    await saveMySettings(actor, {
      locale: String(form.get("locale") ?? ""),
      muted: NOTIFICATION_KINDS.filter((k) => !hear.has(k)),
    });
  } catch (e) {
    if (e instanceof z.ZodError) return { error: describeIssues(e).join("; ") };
    throw e;
  }
  revalidatePath("/me/settings");
  return { ok: "Settings saved." };
}
