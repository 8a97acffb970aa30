// What counts as a callback contact, without zod, so the survey page's script can check it too.
const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE_RE = /^\+?[0-9 ()./-]+$/;

/** One email address, or a phone number of at least 6 digits (spaces, dashes, dots, brackets allowed). */
export function isContact(s: string): boolean {
  if (EMAIL_RE.test(s)) return true;
  return PHONE_RE.test(s) && (s.match(/[0-9]/g)?.length ?? 0) >= 6;
}
