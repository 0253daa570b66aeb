import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { getViewerById } from "@/db/queries/users";
import { auth } from "./auth";
import { hasCapability, type Capability } from "./permissions";

/** Where a user whose password an administrator chose is sent until they choose their own. */
export const CHANGE_PASSWORD_PATH = "/change-password";

type SessionClaims = { uid?: number | null; generation?: number | null };

/**
 * The signed-in user, read fresh from the database on every request, so that a deactivation, a role
 * change or a password reset takes effect at once. A session is accepted only while it is of the
 * account's current session generation: sign-out, deactivation, reactivation and password changes
 * raise it, so an earlier cookie, even replayed, no longer works.
 */
export const getViewer = cache(async () => {
  const session = (await auth()) as SessionClaims | null;
  if (!session?.uid) return null;
  const viewer = getViewerById(getDb(), session.uid);
  if (!viewer || !isCurrentSession(session, viewer)) return null;
  return viewer;
});

function isCurrentSession(session: SessionClaims, viewer: { sessionGeneration: number }): boolean {
  return typeof session.generation === "number" && session.generation === viewer.sessionGeneration;
}

export type SessionViewer = NonNullable<Awaited<ReturnType<typeof getViewer>>>;

/**
 * For pages: the viewer, or a redirect to sign-in. A user who must still change an administrator's
 * password is sent to the change-password page from every page (the app layout calls this too).
 */
export async function requireViewer(): Promise<SessionViewer> {
  const viewer = await getViewer();
  if (!viewer) redirect("/sign-in");
  if (viewer.mustChangePassword) redirect(CHANGE_PASSWORD_PATH);
  return viewer;
}

/** For pages: the viewer if the role may use this part of the app; otherwise the forbidden page. */
export async function requireCapability(capability: Capability): Promise<SessionViewer> {
  const viewer = await requireViewer();
  if (!hasCapability(viewer, capability)) redirect("/forbidden");
  return viewer;
}
