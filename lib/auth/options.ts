// next-auth configuration: email + password credentials, JWT sessions carrying user, org, role and
// the user's session version. authorize() compares that version with the stored one, so raising
// it (sign-out, password change, admin reset) ends every session issued before.
import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "../db";
import { clientAddressFromHeaders } from "../http/client-address";
import { secureCookies } from "./cookies";
import { checkCredentials } from "./sign-in";
import { ensureAuthSecret } from "./secret";

export const SESSION_MAX_AGE = 30 * 24 * 3600;

export type SessionClaims = { sub?: string; orgId?: string; role?: string; sv?: number };

export const authOptions: NextAuthOptions = {
  secret: ensureAuthSecret(),
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE },
  useSecureCookies: secureCookies(),
  pages: { signIn: "/signin" },
  providers: [
    CredentialsProvider({
      name: "Email",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, req) {
        if (!credentials?.email || !credentials.password) throw new Error("invalid");
        const forwarded = req?.headers?.["x-forwarded-for"];
        const result = await checkCredentials(credentials.email, credentials.password, {
          address: clientAddressFromHeaders({ get: () => (typeof forwarded === "string" ? forwarded : null) }),
        });
        // One message for every failure: a wrong password, an unknown email and a throttled try look alike.
        if (!result.ok) throw new Error("invalid");
        const { id, name, email, orgId, role, sessionVersion } = result.user;
        return { id, name, email, orgId, role, sessionVersion };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        const u = user as unknown as { id: string; orgId: string; role: string; sessionVersion: number };
        token.sub = u.id;
        token.orgId = u.orgId;
        token.role = u.role;
        token.sv = u.sessionVersion;
      }
      return token;
    },
    session({ session, token }) {
      Object.assign(session, { userId: token.sub, orgId: token.orgId, role: token.role, sv: token.sv });
      return session;
    },
  },
  events: {
    // Signing out ends this person's sessions everywhere, so a copied cookie stops working too.
    // A token that is already stale cannot sign the current sessions out.
    async signOut({ token }) {
      const claims = token as SessionClaims | null;
      if (!claims?.sub || typeof claims.sv !== "number") return;
      await db.user.updateMany({
        where: { id: claims.sub, sessionVersion: claims.sv },
        data: { sessionVersion: { increment: 1 } },
      });
    },
  },
};
