// Redirects the signed-out to /signin before any signed-in screen renders. This is a courtesy,
// not the check: every page, route handler and server action still calls authorize().
import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { ensureAuthSecret } from "@/lib/auth/secret";

export async function proxy(req: NextRequest) {
  const token = await getToken({ req, secret: ensureAuthSecret() });
  if (token?.sub) return NextResponse.next();
  const url = req.nextUrl.clone();
  url.pathname = "/signin";
  url.search = `?next=${encodeURIComponent(req.nextUrl.pathname + req.nextUrl.search)}`;
  return NextResponse.redirect(url);
}

export const config = {
  matcher: ["/admin/:path*", "/admin", "/team/:path*", "/team", "/me/:path*", "/me", "/new/:path*", "/new"],
};
