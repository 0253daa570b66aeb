import "server-only";
import { getDb } from "@/db/client";
import { unreadAnnouncements } from "@/db/queries/announcements";
import type { Viewer } from "@/lib/auth/viewer";
import { today } from "@/lib/domain/clock";

/** The dashboard's announcements: addressed to the viewer, current today, not yet read by them. */
export function dashboardAnnouncements(viewer: Viewer) {
  return unreadAnnouncements(getDb(), viewer, today());
}
