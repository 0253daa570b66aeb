import type { Viewer } from "@/lib/auth/viewer";

/** The announcements addressed to the viewer that they have not read yet (filled in by the announcements feature). */
export async function AnnouncementsPanel({ viewer }: { viewer: Viewer }) {
  void viewer;
  return null;
}
