// The identifiers of the product, each with one pattern and one message, used by every door.
import { z } from "zod";
import { safeText } from "./text";

/** A client-generated response id: 32 hex digits or a UUID (any case, with dashes). */
export const RESPONSE_ID_RE =
  /^([0-9a-fA-F]{32}|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/;
/** How a response id is stored: 32 lowercase hex digits. */
export const normaliseResponseId = (id: string) => id.replace(/-/g, "").toLowerCase();

export const responseIdSchema = z
  .string({ error: (issue) => (issue.input === undefined ? "is required" : "must be a string") })
  .trim()
  .regex(RESPONSE_ID_RE, "must be 32 hex digits or a UUID")
  .transform(normaliseResponseId);

/** Organisation and touchpoint slugs: lowercase letters, digits and single hyphens. */
export const SLUG_PATTERN = "[a-z0-9]+(?:-[a-z0-9]+)*";
export const SLUG_RE = new RegExp(`^${SLUG_PATTERN}$`);
export const SLUG_MAX = 48;

export const slugSchema = z
  .string({ error: (issue) => (issue.input === undefined ? "is required" : "must be a string") })
  .trim()
  .min(2, "must be at least 2 characters")
  .max(SLUG_MAX, `must be at most ${SLUG_MAX} characters`)
  .regex(SLUG_RE, "must be lowercase letters, digits and single hyphens (like store-main)");

/** The survey link's code: the part after /s/. */
export const SURVEY_CODE_RE = /^[0-9A-Za-z]{8,40}$/;
export const surveyCodeSchema = z
  .string({ error: "must be a string" })
  .regex(SURVEY_CODE_RE, "must be a survey code (the part after /s/)");

/** Question and option ids inside a survey template. */
export const OPTION_ID_RE = /^[a-z0-9][a-z0-9-]{0,39}$/;
export const templateItemIdSchema = z
  .string({ error: "must be a string" })
  .regex(OPTION_ID_RE, "must be 1-40 lowercase letters, digits or hyphens");

/** An interaction's reference in the caller's system (order or ticket number); unique per organisation. */
export const REF_MAX = 200;
export const refSchema = safeText({ min: 1, max: REF_MAX });

/** An opaque customer key (a hash of a loyalty number, say); never shown to staff. */
export const CUSTOMER_MAX = 128;
export const customerKeySchema = safeText({ min: 1, max: CUSTOMER_MAX });

/** Product or service tags. Stored comma-separated, so a tag cannot hold a comma. */
export const TAG_MAX = 60;
export const TAGS_MAX = 20;
export const tagSchema = safeText({ min: 1, max: TAG_MAX })
  .transform((s) => s.toLowerCase())
  .refine((s) => !s.includes(","), "must not contain a comma");
export const tagsSchema = z
  .array(tagSchema, { error: "must be a list of tags" })
  .max(TAGS_MAX, `must hold at most ${TAGS_MAX} tags`);

/** A language tag as an interchange file gives a response's locale: en, ja, pt-BR, zh-Hant-TW. */
export const LANGUAGE_TAG_RE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
