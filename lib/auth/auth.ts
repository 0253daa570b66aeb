import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { now } from "@/lib/domain/clock";
import { signInSchema } from "@/lib/validation/auth";
import { clientAddressFrom } from "@/lib/server/client-address";
import { attemptSignIn } from "./sign-in-attempt";
import { getAuthSecret } from "./secret";

type SignedInUser = { id: string; name: string; email: string; sessionGeneration: number };

export const { handlers, auth, signIn, signOut } = NextAuth({
  secret: getAuthSecret(),
  trustHost: true,
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  pages: { signIn: "/sign-in" },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      // Every way in (the sign-in form's action, the API route the password form uses) comes here,
      // so the attempt limits are kept here.
      async authorize(raw, request) {
        const parsed = signInSchema.safeParse(raw);
        if (!parsed.success) return null;
        const db = getDb();
        const { email, password } = parsed.data;
        const outcome = await attemptSignIn(db, { email, password, address: clientAddressFrom(request.headers) });
        if (!outcome.ok) return null;
        const { user } = outcome;
        db.update(users).set({ lastSignInAt: now() }).where(eq(users.id, user.id)).run();
        const signedIn: SignedInUser = {
          id: String(user.id),
          name: user.name,
          email: user.email,
          sessionGeneration: user.sessionGeneration,
        };
        return signedIn;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      // The session carries the account's session generation at sign-in; sign-out, deactivation,
      // reactivation and a password change raise it, and getViewer refuses an older one.
      if (user?.id) {
        token.uid = Number(user.id);
        token.generation = (user as Partial<SignedInUser>).sessionGeneration;
      }
      return token;
    },
    session({ session, token }) {
      return {
        ...session,
        uid: typeof token.uid === "number" ? token.uid : null,
        generation: typeof token.generation === "number" ? token.generation : null,
      };
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
