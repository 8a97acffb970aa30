// Runs before every Next request: gives each page a fresh CSP nonce (Next reads it from the request's
// Content-Security-Policy header and puts it on its own scripts) and the security headers, and
// redirects the signed-out away from signed-in screens. The redirect is a courtesy, not the check:
// every page, route handler and server action still calls authorize().
import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { ensureAuthSecret } from "@/lib/auth/secret";
import { secureCookies } from "@/lib/auth/cookies";
import { appCsp, BASE_SECURITY_HEADERS, newNonce, transportHeaders } from "@/lib/http/security-headers";

const SIGNED_IN = /^\/(admin|team|me|new|inbox)(\/|$)/;

export async function proxy(req: NextRequest) {
  const nonce = newNonce();
  const csp = appCsp(nonce, process.env.NODE_ENV === "development");

  let response: NextResponse;
  if (SIGNED_IN.test(req.nextUrl.pathname) && !(await signedIn(req))) {
    const url = req.nextUrl.clone();
    url.pathname = "/signin";
    url.search = `?next=${encodeURIComponent(req.nextUrl.pathname + req.nextUrl.search)}`;
    response = NextResponse.redirect(url);
  } else {
    const headers = new Headers(req.headers);
    headers.set("x-nonce", nonce);
    headers.set("content-security-policy", csp);
    response = NextResponse.next({ request: { headers } });
  }
  response.headers.set("content-security-policy", csp);
  for (const [name, value] of Object.entries({ ...BASE_SECURITY_HEADERS, ...transportHeaders(secureCookies()) }))
    response.headers.set(name, value);
  return response;
}

async function signedIn(req: NextRequest) {
  const token = await getToken({ req, secret: ensureAuthSecret(), secureCookie: secureCookies() });
  return !!token?.sub;
}

export const config = {
  // Everything but Next's hashed static files.
  matcher: ["/((?!_next/static|_next/image).*)"],
};
