"use server";
// "I wasn't there": a person disputes a credit on their own feed.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { AdminInputError } from "@/lib/admin/result";
import { authorize, AuthError } from "@/lib/auth/authorize";
import { openDispute } from "@/lib/disputes/disputes";
import { describeIssues } from "@/lib/orgs/schema";

export type DisputeState = { error?: string; done?: boolean };

export async function disputeAction(_: DisputeState, form: FormData): Promise<DisputeState> {
  try {
    const actor = await authorize(["staff", "manager", "admin"]);
    await openDispute(actor, { contributionId: form.get("contributionId"), reason: form.get("reason") });
    revalidatePath("/me");
    return { done: true };
  } catch (e) {
    if (e instanceof AuthError || e instanceof AdminInputError) return { error: e.message };
    if (e instanceof z.ZodError) return { error: describeIssues(e).join("; ") };
    throw e;
  }
}
