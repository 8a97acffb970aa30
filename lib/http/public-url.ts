// The one place that decides the origin of absolute links handed out (survey links, QR codes,
// posters, kiosk links, sign-in redirects). A link a phone scans must point at us, whatever
// headers a caller sends:
// - PUBLIC_BASE_URL set: that origin, unless the request came in on another host listed in
//   ALLOWED_HOSTS (a second public name of the same deployment);
// - X-Forwarded-Host / X-Forwarded-Proto count only behind a trusted proxy (TRUST_PROXY ≥ 1) and,
//   for the host, only when it is PUBLIC_BASE_URL's host or in ALLOWED_HOSTS;
// - nothing configured (one box, development): the request's Host header.
import { trustedProxyHops } from "./client-address";

/** The environment, or a stand-in for it in tests. */
type Env = Record<string, string | undefined>;

type HeaderSource = { get(name: string): string | null } | Record<string, string | string[] | undefined>;

export type PublicOrigin = {
  origin: string;
  /** True when another request could get another origin: such output must not be shared by caches. */
  hostDependent: boolean;
};

/** The headers host-dependent output varies on. */
export const HOST_VARY = "Host, X-Forwarded-Host, X-Forwarded-Proto";

const HOST_RE =
  /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/;

function header(h: HeaderSource, name: string): string | undefined {
  if (typeof (h as { get?: unknown }).get === "function")
    return (h as { get(n: string): string | null }).get(name) ?? undefined;
  const v = (h as Record<string, string | string[] | undefined>)[name];
  return Array.isArray(v) ? v[0] : v;
}

const first = (v: string | undefined) => v?.split(",")[0].trim().toLowerCase() || undefined;

function configuredBase(env: Env): URL | null {
  const raw = env.PUBLIC_BASE_URL?.trim();
  if (!raw) return null;
  try {
    return new URL(raw);
  } catch {
    return null;
  }
}

function allowedHosts(env: Env): string[] {
  return (env.ALLOWED_HOSTS ?? "")
    .split(/[\s,]+/)
    .map((h) => h.trim().toLowerCase())
    .filter((h) => HOST_RE.test(h));
}

export class PublicUrlError extends Error {}

/** For server.ts at start: a PUBLIC_BASE_URL that is not an http(s) origin is a deployment mistake. */
export function checkPublicBaseUrl(env: Env = process.env) {
  const raw = env.PUBLIC_BASE_URL?.trim();
  if (!raw) return;
  const base = configuredBase(env);
  if (!base || !/^https?:$/.test(base.protocol) || (base.pathname !== "/" && base.pathname !== ""))
    throw new PublicUrlError(
      `PUBLIC_BASE_URL must be an origin like https://feedback.example.com (no path); got "${raw}"`,
    );
}

export function publicOrigin(headers: HeaderSource, env: Env = process.env): PublicOrigin {
  const trusted = trustedProxyHops(env) > 0;
  const base = configuredBase(env);
  const extra = allowedHosts(env);
  const forwardedHost = trusted ? first(header(headers, "x-forwarded-host")) : undefined;
  const host = forwardedHost ?? first(header(headers, "host"));
  const forwardedProto = trusted ? first(header(headers, "x-forwarded-proto")) : undefined;
  const proto = forwardedProto === "https" || forwardedProto === "http" ? forwardedProto : undefined;

  if (base) {
    const baseOrigin = base.origin;
    if (host && host !== base.host && extra.includes(host))
      return { origin: `${proto ?? base.protocol.slice(0, -1)}://${host}`, hostDependent: true };
    return { origin: baseOrigin, hostDependent: extra.length > 0 };
  }
  if (extra.length) {
    const chosen = host && extra.includes(host) ? host : extra[0];
    return { origin: `${proto ?? "http"}://${chosen}`, hostDependent: true };
  }
  // Unconfigured: only the Host header (which a shared cache keys on), never X-Forwarded-Host.
  const own = first(header(headers, "host"));
  return { origin: `${proto ?? "http"}://${own && HOST_RE.test(own) ? own : "localhost"}`, hostDependent: true };
}

/** The origin links are built on, without a trailing slash. */
export function publicBaseUrl(headers: HeaderSource, env: Env = process.env): string {
  return publicOrigin(headers, env).origin;
}
