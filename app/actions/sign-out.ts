"use server";

import { getDb } from "@/db/client";
import { endSessions } from "@/db/mutations/users";
import { signOut } from "@/lib/auth/auth";
import { getViewer } from "@/lib/auth/session";

/** Public by nature: ending one's own session needs no further check. */
// public-action: ending one's own session needs no capability, and must work for a deactivated account too
export async function signOutAction(): Promise<void> {
  // Deleting the cookie is not enough: a copy of it would still work until it expires. Raising the
  // account's session generation ends it on the server (lib/auth/session.ts). Only a session that is
  // still current may do so (an old, copied cookie cannot sign its owner out elsewhere).
  const viewer = await getViewer();
  if (viewer) endSessions(getDb(), viewer.id);
  await signOut({ redirectTo: "/sign-in?signedOut=1" });
}
