"use server";
// Starts an interaction for the signed-in person and shows its QR code.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { authorize } from "@/lib/auth/authorize";
import { baseUrlFrom } from "@/lib/interactions/links";
import { startStaffInteraction } from "@/lib/feed/staff-interaction";
import { describeIssues, DomainError } from "@/lib/validation";

export type NewInteractionState = { error?: string };

export async function newInteractionAction(_: NewInteractionState, form: FormData): Promise<NewInteractionState> {
  let id: string;
  try {
    const actor = await authorize(["staff", "manager", "admin"]);
    const coContributors = JSON.parse(String(form.get("coContributors") || "[]"));
    ({ id } = await startStaffInteraction(
      actor,
      { touchpoint: form.get("touchpoint"), coContributors, customer: form.get("customer") ?? undefined },
      baseUrlFrom(await headers()),
    ));
  } catch (e) {
    if (e instanceof DomainError) return { error: e.message };
    if (e instanceof z.ZodError) return { error: describeIssues(e).join("; ") };
    if (e instanceof SyntaxError) return { error: "coContributors: must be a list" };
    throw e;
  }
  redirect(`/new/${id}`);
}
