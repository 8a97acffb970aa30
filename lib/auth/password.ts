// Password hashing (bcrypt, pure JS so no native build) and one-time passwords for the CLI.
import "server-only";
import bcrypt from "bcryptjs";
import { randomBytes } from "node:crypto";

const COST = 10;
// A real hash of a random string: comparing against it when the email is unknown keeps the
// response time the same as for a wrong password, so timing does not reveal who has an account.
// Made on first use, not at import: the CLI and every server start load this module, and most
// never check a password.
let dummy: string | undefined;
export function dummyHash(): string {
  return (dummy ??= bcrypt.hashSync(randomBytes(16).toString("hex"), COST));
}

export function hashPassword(password: string) {
  return bcrypt.hash(password, COST);
}

export function verifyPassword(password: string, hash: string | null | undefined) {
  return bcrypt.compare(password, hash ?? dummyHash()).then((ok) => ok && !!hash);
}

/** 16 characters from an alphabet without look-alikes (no 0/O, 1/l/I). */
export function oneTimePassword(length = 16) {
  const alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  const bytes = randomBytes(length);
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join("");
}
