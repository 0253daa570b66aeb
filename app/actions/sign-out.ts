"use server";

import { signOut } from "@/lib/auth/auth";

/** Public by nature: ending one's own session needs no further check. */
// public-action: ending one's own session needs no capability, and must work for a deactivated account too
export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/sign-in?signedOut=1" });
}
