// One schema per follow-up input: the queue filters from the URL and the case actions' forms.
import { z } from "zod";
import { safeText } from "../validation";

export const FOLLOW_UP_STATUSES = ["open", "escalated", "resolved", "all"] as const;
export type FollowUpFilter = (typeof FOLLOW_UP_STATUSES)[number];

export const queueFilterSchema = z.object({
  status: z.enum(FOLLOW_UP_STATUSES).catch("open"),
  /** "me", "none" (unassigned), a user id, or empty for anyone */
  assignee: z.string().max(64).optional().catch(undefined),
  cursor: z.string().max(200).optional().catch(undefined),
});
export type QueueFilter = z.infer<typeof queueFilterSchema>;

/** The step a note records: a call back, an email, or a plain note. */
export const NOTE_KINDS = ["call", "email", "note"] as const;
export type NoteKind = (typeof NOTE_KINDS)[number];

export const noteSchema = z.object({
  followUpId: z.string().min(1, "must be given").max(64),
  kind: z.enum(NOTE_KINDS, "must be call, email or note").default("note"),
  body: safeText({ min: 1, max: 2000, multiline: true }),
});

export const assignSchema = z.object({
  followUpId: z.string().min(1, "must be given").max(64),
  /** empty string = unassign */
  assigneeId: z.string().max(64),
});

export const resolveSchema = z.object({
  followUpId: z.string().min(1, "must be given").max(64),
  note: safeText({ max: 2000, multiline: true }).optional(),
});
