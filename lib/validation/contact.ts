// A customer's callback contact: one phone number or email address, left with explicit consent.
import { z } from "zod";
import { isContact } from "./contact-format";
import { safeText } from "./text";

export { isContact };
export const CONTACT_MAX = 120;
const CONTACT_RULE = "must be a phone number (at least 6 digits) or an email address";

export const contactSchema = safeText({ min: 1, max: CONTACT_MAX }).refine(isContact, CONTACT_RULE);

/** `callback` on an answer: the contact and the customer's yes to being contacted about it. */
export const callbackSchema = z.strictObject({
  contact: contactSchema,
  consent: z.literal(true, { error: "must be true: the customer agrees to be contacted" }),
});
