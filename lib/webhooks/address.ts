// Where a webhook may go. Only http and https; never the app itself (a loop that would turn each
// answer into more requests to us) and never a link-local address (169.254.0.0/16, fe80::/10:
// cloud metadata services live there). Hostnames are checked when the endpoint is added and
// again on every delivery against the addresses they resolve to, and the connection is made to
// the very address that was checked, so a name re-pointed later cannot slip through.
import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import { isIP } from "node:net";

import { URL_MAX } from "./endpoint-schema";

export function isLinkLocal(address: string): boolean {
  let a = address.toLowerCase();
  if (a.startsWith("[") && a.endsWith("]")) a = a.slice(1, -1);
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(a);
  if (mapped) a = mapped[1];
  const mappedHex = /^::ffff:([0-9a-f]{1,4}):[0-9a-f]{1,4}$/.exec(a); // how URL writes ::ffff:169.254.x.y
  if (mappedHex) return parseInt(mappedHex[1], 16) === 0xa9fe;
  if (isIP(a) === 4) return a.startsWith("169.254.");
  if (isIP(a) === 6) return /^fe[89ab][0-9a-f]$/.test(a.split(":")[0]); // fe80::/10 is fe80 to febf
  return false;
}

function isLoopbackOrAny(address: string): boolean {
  const a = address.toLowerCase().replace(/^\[|\]$/g, "");
  return a === "::1" || a === "::" || a === "0.0.0.0" || a.startsWith("127.") || a === "::ffff:127.0.0.1";
}

/** The origins this app answers on: its public address and, on this machine, its port. */
function ownOrigins(): { origins: Set<string>; port: string | null } {
  const origins = new Set<string>();
  for (const raw of [process.env.PUBLIC_BASE_URL, process.env.NEXTAUTH_URL]) {
    try {
      if (raw?.trim()) origins.add(new URL(raw.trim()).origin);
    } catch {
      // an unparsable setting names no origin
    }
  }
  return { origins, port: process.env.PORT ?? null };
}

const defaultPort = (u: URL) => u.port || (u.protocol === "https:" ? "443" : "80");

/** The rule a webhook URL breaks, or null when it may be used (before any name resolution). */
export function urlProblem(raw: string): string | null {
  const text = raw.trim();
  if (!text) return "is required";
  if (text.length > URL_MAX) return `must be at most ${URL_MAX} characters`;
  let u: URL;
  try {
    u = new URL(text);
  } catch {
    return "must be a full URL such as https://example.com/hooks/ensemble";
  }
  if (u.protocol !== "http:" && u.protocol !== "https:") return "must start with http:// or https://";
  if (u.username || u.password) return "must not contain a user name or password";
  const { origins, port } = ownOrigins();
  if (origins.has(u.origin)) return "must not point at Ensemble itself";
  if (isLoopbackOrAny(u.hostname) || u.hostname === "localhost")
    if (port && defaultPort(u) === port) return "must not point at Ensemble itself";
  if (isLinkLocal(u.hostname)) return "must not point at a link-local address (169.254.0.0/16, fe80::/10)";
  return null;
}

/** The same, resolving the host name: every address it resolves to must be allowed. */
export async function resolvedUrlProblem(raw: string): Promise<string | null> {
  const first = urlProblem(raw);
  if (first) return first;
  const u = new URL(raw.trim());
  const host = u.hostname.replace(/^\[|\]$/g, "");
  if (isIP(host)) return null;
  let addresses: LookupAddress[];
  try {
    addresses = await new Promise((resolve, reject) =>
      dnsLookup(host, { all: true }, (err, list) => (err ? reject(err) : resolve(list))),
    );
  } catch {
    return `has a host name that does not resolve (${host})`;
  }
  return addressProblem(addresses, u);
}

function addressProblem(addresses: LookupAddress[], u: URL): string | null {
  const { port } = ownOrigins();
  for (const a of addresses) {
    if (isLinkLocal(a.address)) return `resolves to a link-local address (${a.address})`;
    if (isLoopbackOrAny(a.address) && port && defaultPort(u) === port) return "must not point at Ensemble itself";
  }
  return null;
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** A `lookup` for http.request that refuses disallowed addresses, so the checked address is the one connected to. */
export function guardedLookup(u: URL) {
  return (hostname: string, options: { all?: boolean; family?: number }, callback: LookupCallback) => {
    dnsLookup(hostname, { all: true, family: options.family }, (err, list) => {
      if (err) return callback(err, "");
      const problem = addressProblem(list, u);
      if (problem) {
        const blocked = Object.assign(new Error(`blocked: the host ${problem}`), { code: "EBLOCKED" });
        return callback(blocked, "");
      }
      if (options.all) return callback(null, list);
      callback(null, list[0].address, list[0].family);
    });
  };
}
