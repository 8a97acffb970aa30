// The validation vocabulary: safe text, identifiers, dates, the "path: rule" formatter and the
// one domain error type. Every schema in lib/<domain>/schema.ts builds on these.
export * from "./text";
export * from "./ids";
export * from "./dates";
export * from "./issues";
export * from "./domain-error";
export * from "./contact";
