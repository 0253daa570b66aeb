import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { getViewerById } from "@/db/queries/users";
import { auth } from "./auth";
import { hasCapability, type Capability } from "./permissions";

/**
 * The signed-in user, read fresh from the database on every request, so that
 * a deactivation, a role change or a password reset takes effect at once.
 */
export const getViewer = cache(async () => {
  const session = (await auth()) as { uid?: number | null; signedInAt?: number } | null;
  if (!session?.uid) return null;
  const viewer = getViewerById(getDb(), session.uid);
  if (!viewer) return null;
  if (viewer.passwordChangedAt && (session.signedInAt ?? 0) < viewer.passwordChangedAt.getTime()) return null;
  return viewer;
});

export type SessionViewer = NonNullable<Awaited<ReturnType<typeof getViewer>>>;

/** For pages: the viewer, or a redirect to sign-in. */
export async function requireViewer(): Promise<SessionViewer> {
  const viewer = await getViewer();
  if (!viewer) redirect("/sign-in");
  return viewer;
}

/** For pages: the viewer if the role may use this part of the app; otherwise the forbidden page. */
export async function requireCapability(capability: Capability): Promise<SessionViewer> {
  const viewer = await requireViewer();
  if (!hasCapability(viewer, capability)) redirect("/forbidden");
  return viewer;
}
