import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { getUserByEmail } from "@/db/queries/users";
import { users } from "@/db/schema";
import { signInSchema } from "@/lib/validation/auth";
import { verifyPassword } from "./passwords";
import { getAuthSecret } from "./secret";

export const { handlers, auth, signIn, signOut } = NextAuth({
  secret: getAuthSecret(),
  trustHost: true,
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  pages: { signIn: "/sign-in" },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw) {
        const parsed = signInSchema.safeParse(raw);
        if (!parsed.success) return null;
        const db = getDb();
        const user = getUserByEmail(db, parsed.data.email);
        const ok = await verifyPassword(user?.passwordHash ?? null, parsed.data.password);
        if (!user || !ok || !user.active) return null;
        db.update(users).set({ lastSignInAt: new Date() }).where(eq(users.id, user.id)).run();
        return { id: String(user.id), name: user.name, email: user.email };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      // `iat` is renewed whenever the session cookie is refreshed; the moment of sign-in is kept apart,
      // so that a password change ends sessions begun before it.
      if (user?.id) {
        token.uid = Number(user.id);
        token.signedInAt = Date.now();
      }
      return token;
    },
    session({ session, token }) {
      return { ...session, uid: typeof token.uid === "number" ? token.uid : null, signedInAt: typeof token.signedInAt === "number" ? token.signedInAt : 0 };
    },
  },
  logger: {
    error(error) {
      // A wrong password is an expected outcome, not a server error (and is never logged with its input).
      if ((error as { type?: string }).type === "CredentialsSignin") return;
      console.error("[auth]", error.message);
    },
  },
});
