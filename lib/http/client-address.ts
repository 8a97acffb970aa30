// The one place that decides a request's client address (rate limits, sign-in throttling).
//
// Each proxy appends the address it received the request from to X-Forwarded-For, so the chain
// reads   <what the client claims>, …, <added by the outermost proxy>   followed by the socket's
// peer. With TRUST_PROXY=N (the number of proxies we run in front of the app) the client is the
// N-th address from the right of that chain: everything further left was written by the client
// and proves nothing. Taking the left-most entry would let anyone pick their own address.
import type { IncomingMessage } from "node:http";

/** The environment, or a stand-in for it in tests. */
type Env = Record<string, string | undefined>;

export class ProxyConfigError extends Error {}

const MAX_HOPS = 10;

/** TRUST_PROXY: unset or 0 = the app faces the internet; N = N proxies of ours in front of it. */
export function trustedProxyHops(env: Env = process.env): number {
  const raw = env.TRUST_PROXY?.trim();
  if (!raw) return 0;
  const n = Number(raw);
  return Number.isInteger(n) && n >= 0 && n <= MAX_HOPS ? n : 0;
}

/** For server.ts at start: a TRUST_PROXY that is not a hop count is a deployment mistake. */
export function checkProxyConfig(env: Env = process.env) {
  const raw = env.TRUST_PROXY?.trim();
  if (!raw) return;
  const n = Number(raw);
  if (!(Number.isInteger(n) && n >= 0 && n <= MAX_HOPS))
    throw new ProxyConfigError(
      `TRUST_PROXY must be the number of proxies in front of the app (0 to ${MAX_HOPS}), e.g. TRUST_PROXY=1 behind one nginx; got "${raw}"`,
    );
}

/** "::ffff:203.0.113.7" and "203.0.113.7" are the same client. */
function normalize(address: string): string {
  const a = address.trim();
  return a.startsWith("::ffff:") && a.includes(".") ? a.slice(7) : a;
}

function headerList(value: string | string[] | null | undefined): string[] {
  return [value ?? []]
    .flat()
    .flatMap((v) => v.split(","))
    .map(normalize)
    .filter(Boolean);
}

/** X-Forwarded-For followed by the socket's peer: the full chain, nearest hop last. */
export function forwardedChain(forwardedFor: string | string[] | null | undefined, socketAddress?: string): string[] {
  const chain = headerList(forwardedFor);
  if (socketAddress) chain.push(normalize(socketAddress));
  return chain;
}

/** The N-th address from the right (N = trusted hops); with a shorter chain, the furthest we have. */
export function clientFromChain(chain: string[], hops = trustedProxyHops()): string {
  if (!chain.length) return "unknown";
  return chain[Math.max(0, chain.length - 1 - hops)];
}

/** The client address of a request on the node:http server (server.ts and its fast path). */
export function clientAddressOf(req: IncomingMessage, hops = trustedProxyHops()): string {
  return clientFromChain(forwardedChain(req.headers["x-forwarded-for"], req.socket.remoteAddress), hops);
}

/**
 * Route handlers and server actions see no socket. server.ts hands Next every request with the
 * socket's peer appended to X-Forwarded-For (forwardForNext), so the chain is complete there too.
 */
export function clientAddressFromHeaders(
  headers: { get(name: string): string | null },
  hops = trustedProxyHops(),
): string {
  return clientFromChain(forwardedChain(headers.get("x-forwarded-for")), hops);
}

/**
 * Before Next sees a request: X-Forwarded-For := the chain including the socket's peer. (Next only
 * fills the header in when it is absent, so a client's own header would otherwise pass as the hop.)
 */
export function forwardForNext(req: IncomingMessage) {
  req.headers["x-forwarded-for"] = forwardedChain(req.headers["x-forwarded-for"], req.socket.remoteAddress).join(", ");
}
