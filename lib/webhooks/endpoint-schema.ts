// The webhook endpoint form, shared by the admin screen (in the browser) and the server, which
// then also checks where the URL leads (lib/webhooks/address.ts).
import { z } from "zod";
import { EVENT_TYPES, isEventType, type EventType } from "../events/types";

export const URL_MAX = 2000;

export const endpointInputSchema = z.object({
  url: z
    .string({ error: "is required" })
    .trim()
    .min(1, "is required")
    .max(URL_MAX, `must be at most ${URL_MAX} characters`)
    .refine((s) => /^https?:\/\/[^/\s]/i.test(s), "must start with http:// or https://"),
  events: z
    .array(z.string().refine(isEventType, `must be one of ${EVENT_TYPES.join(", ")}`), {
      error: "must be a list of event types",
    })
    .default([]),
});
export type EndpointInput = z.input<typeof endpointInputSchema>;

/** What each event type means, in the admin's words. */
export const EVENT_LABELS: Record<EventType, string> = {
  "response.stored": "An answer is stored",
  "followup.opened": "A detractor case opens",
  "followup.escalated": "A case escalates",
  "followup.resolved": "A case is resolved",
  kudos: "A promoter leaves a comment (kudos)",
};
