import "server-only";
import { notFound } from "next/navigation";
import { getLocale } from "next-intl/server";
import { getDb } from "@/db/client";
import type { DbOrTx } from "@/db/connection";
import { getActivityDetail } from "@/db/queries/activities-detail";
import { getDelegationDetail } from "@/db/queries/delegations-detail";
import { exchangeFilterOptions } from "@/db/queries/activities-filter-options";
import { partnershipScopes } from "@/db/queries/activities-scope";
import { viewerPlace } from "./viewer-scope";
import { partnershipOptionsByIds } from "@/db/queries/partnership-options";
import { can } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer";
import { recordId } from "@/lib/validation/activity-fields";

function loadExchange<T>(viewer: Viewer, rawId: string, get: (db: DbOrTx, viewer: Viewer, id: number) => T | null | undefined): T {
  const id = recordId.safeParse(rawId);
  if (!id.success) notFound();
  const record = get(getDb(), viewer, id.data);
  if (!record) notFound();
  return record;
}

/** The activity a page's `[id]` names, as the viewer may see it (a malformed or unknown id is a 404). */
export const loadActivity = (viewer: Viewer, rawId: string) => loadExchange(viewer, rawId, getActivityDetail);

/** The delegation a page's `[id]` names, as the viewer may see it (a malformed or unknown id is a 404). */
export const loadDelegation = (viewer: Viewer, rawId: string) => loadExchange(viewer, rawId, getDelegationDetail);

/**
 * The partnership a new activity or delegation is pre-filled with (`?partnership=<id>`): offered in
 * the picker when the viewer may record exchanges for it and it is not archived, otherwise refused.
 */
export function prefilledPartnership(viewer: Viewer, partnership: number | undefined) {
  const db = getDb();
  const scope = partnership ? partnershipScopes(db, [partnership])[0] : undefined;
  const allowed =
    scope &&
    !scope.archived &&
    can(viewer, "records.edit", { ownerLocalityId: scope.ourLocalityId, ownerProvinceCode: scope.ownerProvinceCode });
  const options = allowed && partnership ? partnershipOptionsByIds(db, [partnership]) : [];
  return { refused: Boolean(partnership) && !allowed, options };
}

/** What the activity and delegation lists' frame needs besides the list: the filters' choices and the viewer's own place. */
export async function exchangeListContext(viewer: Viewer) {
  const locale = await getLocale();
  return { filterOptions: exchangeFilterOptions(getDb(), locale), place: await viewerPlace(viewer) };
}
