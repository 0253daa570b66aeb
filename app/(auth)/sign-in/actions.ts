"use server";

import { cookies } from "next/headers";
import { AuthError } from "next-auth";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { getUserByEmail } from "@/db/queries/users";
import { signIn } from "@/lib/auth/auth";
import { signInWait } from "@/lib/auth/sign-in-attempt";
import { LOCALE_COOKIE, LOCALE_COOKIE_OPTIONS } from "@/lib/i18n/locale";
import { safeRedirectPath } from "@/lib/domain/safe-redirect";
import { clientAddress } from "@/lib/server/client-address";
import { signInSchema } from "@/lib/validation/auth";

export type SignInState = { error: string | null; email: string };

/**
 * Public by nature: it is how a session begins. The password is never echoed back. The attempt
 * limits are kept in authorize() (lib/auth/auth.ts), which every way in goes through; here a refusal
 * is told apart, so that a locked account hears how long to wait.
 */
// public-action: it is how a session begins; credentials are checked by next-auth's authorize()
export async function signInAction(_prev: SignInState, formData: FormData): Promise<SignInState> {
  const t = await getTranslations("auth");
  // An action can be called with any arguments, not only the form's: anything else is no sign-in.
  if (!(formData instanceof FormData)) return { error: t("wrongCredentials"), email: "" };
  const email = String(formData.get("email") ?? "").slice(0, 254);
  const parsed = signInSchema.safeParse({
    email: formData.get("email"),
    password: formData.get("password"),
    callbackUrl: formData.get("callbackUrl") ?? undefined,
  });
  if (!parsed.success) return { error: t("wrongCredentials"), email };
  try {
    await signIn("credentials", {
      email: parsed.data.email,
      password: parsed.data.password,
      // Sanitised first: next-auth would otherwise redirect to, or fail on, what the form sent.
      redirectTo: safeRedirectPath(parsed.data.callbackUrl),
    });
  } catch (error) {
    if (error instanceof AuthError) return { error: await refusal(parsed.data.email), email };
    await restoreLanguage(parsed.data.email);
    throw error; // the redirect after a successful sign-in
  }
  return { error: null, email };
}

/** "Wrong email or password", or, once the attempts are used up, how long to wait. */
async function refusal(email: string): Promise<string> {
  const t = await getTranslations("auth");
  const wait = await signInWait(getDb(), email, await clientAddress());
  return wait === null ? t("wrongCredentials") : t("tooManyAttempts", { minutes: Math.ceil(wait / 60) });
}

/**
 * Signed in on a browser that has no language chosen yet (a new device): the interface takes the
 * language the user last chose while signed in. A choice made on this browser is left alone.
 */
async function restoreLanguage(email: string): Promise<void> {
  const jar = await cookies();
  if (jar.has(LOCALE_COOKIE)) return;
  const saved = getUserByEmail(getDb(), email)?.locale;
  if (saved) jar.set(LOCALE_COOKIE, saved, LOCALE_COOKIE_OPTIONS);
}
