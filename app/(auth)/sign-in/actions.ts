"use server";

import { AuthError } from "next-auth";
import { getTranslations } from "next-intl/server";
import { signIn } from "@/lib/auth/auth";
import { safeRedirectPath } from "@/lib/domain/safe-redirect";
import { signInSchema } from "@/lib/validation/auth";

export type SignInState = { error: string | null; email: string };

/** Public by nature: it is how a session begins. The password is never echoed back. */
// public-action: it is how a session begins; credentials are checked by next-auth's authorize()
export async function signInAction(_prev: SignInState, formData: FormData): Promise<SignInState> {
  const t = await getTranslations("auth");
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
      redirectTo: safeRedirectPath(parsed.data.callbackUrl),
    });
  } catch (error) {
    if (error instanceof AuthError) return { error: t("wrongCredentials"), email };
    throw error; // the redirect after a successful sign-in
  }
  return { error: null, email };
}
