import "server-only";
import { getDb } from "@/db/client";
import { unreadResponses } from "@/db/queries/partner-requests";
import { seekingOffice } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer";

/**
 * The dashboard's notice of new responses: the viewer's office's posts with unread responses
 * (none for readers). Here, not in the notice, because components do not read the database.
 */
export function unreadResponsesFor(viewer: Viewer) {
  const office = seekingOffice(viewer);
  return office ? unreadResponses(getDb(), office) : [];
}
