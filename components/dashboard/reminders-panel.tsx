import type { Viewer } from "@/lib/auth/viewer";

/** Reminders for the viewer's scope (filled in by the reminders feature). */
export async function RemindersPanel({ viewer }: { viewer: Viewer }) {
  void viewer;
  return null;
}
