import "server-only";
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { getPartnership, ownerOf } from "@/db/queries/partnerships";
import { can, canSeeContactDetails } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer";
import { optionalInt } from "@/lib/validation/list-params";

/**
 * The partnership a page's `[id]` names (a malformed or unknown id is a 404), whether the viewer may edit it,
 * and whether they may see its contacts' personal details.
 */
export function loadPartnership(viewer: Viewer, rawId: string) {
  const id = optionalInt(1, 2_147_483_647).parse(rawId);
  const db = getDb();
  const p = id ? getPartnership(db, id) : undefined;
  if (!p) notFound();
  const owner = ownerOf(db, p.ourLocalityId);
  return { p, canEdit: can(viewer, "records.edit", owner), canSeeContacts: canSeeContactDetails(viewer, owner) };
}
