// Session cookies are Secure whenever the app is served over HTTPS (NEXTAUTH_URL says how it is
// reached), so a browser never sends them over plain HTTP; next-auth then also uses the
// __Secure- prefix. Local http://localhost keeps working.
export function secureCookies(): boolean {
  return (process.env.NEXTAUTH_URL ?? "").startsWith("https://");
}

export function sessionCookieName(): string {
  return `${secureCookies() ? "__Secure-" : ""}next-auth.session-token`;
}
