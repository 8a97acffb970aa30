// CSV for spreadsheets (RFC 4180): quote cells holding a comma, quote or line break, double the
// quotes, CRLF line ends. A cell a spreadsheet would run as a formula (starting with = + - @,
// or tab / carriage return) gets a leading apostrophe, so a customer's comment can never become
// a formula on an admin's machine (OWASP "CSV injection"). Excel needs the UTF-8 BOM to read
// Japanese, Russian or Finnish comments correctly.
export const BOM = "\uFEFF";

export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  let s = value instanceof Date ? value.toISOString() : String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRow(values: readonly unknown[]): string {
  return values.map(csvCell).join(",") + "\r\n";
}
