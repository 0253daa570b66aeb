"use server";

import { signOut } from "@/lib/auth/auth";

/** Public by nature: ending one's own session needs no further check. */
export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/sign-in?signedOut=1" });
}
