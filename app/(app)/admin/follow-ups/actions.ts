"use server";
// Follow-up case actions. Each checks the role here and the case's org and team scope in lib.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { authorize } from "@/lib/auth/authorize";
import { addFollowUpNote, assignFollowUp, reopenFollowUp, resolveFollowUp } from "@/lib/followups/manage";
import { describeIssues, DomainError } from "@/lib/validation";

export type CaseActionState = { ok?: string; error?: string };

async function run(
  form: FormData,
  ok: string,
  act: (actor: Awaited<ReturnType<typeof authorize>>, input: Record<string, string>) => Promise<unknown>,
): Promise<CaseActionState> {
  const input = Object.fromEntries([...form.entries()].map(([k, v]) => [k, String(v)]));
  try {
    const actor = await authorize(["admin", "manager"]);
    await act(actor, input);
  } catch (e) {
    if (e instanceof DomainError) return { error: e.message };
    if (e instanceof z.ZodError) return { error: describeIssues(e).join("; ") };
    throw e;
  }
  revalidatePath("/admin/follow-ups", "layout");
  revalidatePath("/admin");
  return { ok };
}

export async function assignAction(_: CaseActionState, form: FormData) {
  return run(form, "Assignee saved.", (a, i) => assignFollowUp(a, i));
}

export async function noteAction(_: CaseActionState, form: FormData) {
  return run(form, "Logged.", (a, i) => addFollowUpNote(a, i));
}

export async function resolveAction(_: CaseActionState, form: FormData) {
  return run(form, "Case resolved.", (a, i) =>
    resolveFollowUp(a, { followUpId: i.followUpId, note: i.note || undefined }),
  );
}

export async function reopenAction(_: CaseActionState, form: FormData) {
  return run(form, "Case reopened.", (a, i) => reopenFollowUp(a, i.followUpId ?? ""));
}
