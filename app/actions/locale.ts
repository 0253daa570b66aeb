"use server";

import { cookies } from "next/headers";
import { eq } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { getViewer } from "@/lib/auth/session";
import { LOCALE_COOKIE, LOCALE_COOKIE_OPTIONS } from "@/lib/i18n/locale";
import { setLocaleSchema } from "@/lib/validation/locale";

/**
 * Public: anyone, signed in or not, may choose the language. It is remembered
 * in a cookie and, for a signed-in user, as their preference (a setting, not a
 * record, so it is not audited).
 */
// public-action: choosing the language must work before signing in (the sign-in page has the switch)
export async function setLocaleAction(formData: FormData): Promise<void> {
  // An action can be called with any arguments, not only the form's: anything else chooses nothing.
  if (!(formData instanceof FormData)) return;
  const parsed = setLocaleSchema.safeParse({ locale: formData.get("locale") });
  if (!parsed.success) return;
  const { locale } = parsed.data;
  (await cookies()).set(LOCALE_COOKIE, locale, LOCALE_COOKIE_OPTIONS);
  const viewer = await getViewer();
  if (viewer) getDb().update(users).set({ locale }).where(eq(users.id, viewer.id)).run();
  revalidatePath("/", "layout");
}
