// next-auth configuration: email + password credentials, JWT sessions carrying user, org and role.
import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { checkCredentials } from "./sign-in";
import { ensureAuthSecret } from "./secret";

export const authOptions: NextAuthOptions = {
  secret: ensureAuthSecret(),
  session: { strategy: "jwt", maxAge: 30 * 24 * 3600 },
  pages: { signIn: "/signin" },
  providers: [
    CredentialsProvider({
      name: "Email",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials) {
        if (!credentials?.email || !credentials.password) return null;
        const result = await checkCredentials(credentials.email, credentials.password);
        // next-auth passes a thrown message through to the sign-in form as `error`.
        if (!result.ok) throw new Error(result.reason === "locked" ? "locked" : "invalid");
        return {
          id: result.user.id,
          name: result.user.name,
          email: result.user.email,
          orgId: result.user.orgId,
          role: result.user.role,
        };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        const u = user as unknown as { id: string; orgId: string; role: string };
        token.sub = u.id;
        token.orgId = u.orgId;
        token.role = u.role;
      }
      return token;
    },
    session({ session, token }) {
      Object.assign(session, { userId: token.sub, orgId: token.orgId, role: token.role });
      return session;
    },
  },
};
