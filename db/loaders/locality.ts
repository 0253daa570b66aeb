import "server-only";
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { getLocality } from "@/db/queries/localities";
import { canEditLocality } from "@/db/mutations/localities";
import type { Viewer } from "@/lib/auth/viewer";
import { optionalInt } from "@/lib/validation/list-params";

/** The locality a page's `[id]` names (else a 404), and what the viewer may do with it. */
export function loadLocality(viewer: Viewer, rawId: string) {
  const id = optionalInt(1, 2_147_483_647).parse(rawId);
  const db = getDb();
  const l = id ? getLocality(db, id) : undefined;
  if (!l) notFound();
  const current = !l.mergedIntoId && !l.archivedAt;
  return { l, canEdit: current && canEditLocality(db, viewer, l), canMerge: current && canEditLocality(db, viewer, l, "localities.merge") };
}
