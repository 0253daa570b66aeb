import "server-only";
import { inArray } from "drizzle-orm";
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { activityOptionsByIds } from "@/db/queries/activities-options";
import { getCaseDetail, type CaseDetail } from "@/db/queries/cases";
import { partnershipOptionsByIds } from "@/db/queries/partnership-options";
import { localities } from "@/db/schema";
import { toPickerOption } from "@/components/exchanges/labels";
import type { CaseLinkOptions } from "@/components/cases/case-form";
import type { Viewer } from "@/lib/auth/viewer";
import { localityLabel } from "@/lib/domain/locality-name";
import { recordId } from "@/lib/validation/activity-fields";

/** The case a page's `[id]` names, as the viewer may see it (a malformed, unknown or unseen id is a 404). */
export function loadCase(viewer: Viewer, rawId: string): CaseDetail {
  const id = recordId.safeParse(rawId);
  if (!id.success) notFound();
  const found = getCaseDetail(getDb(), viewer, id.data);
  if (!found) notFound();
  return found;
}

/** A case's linked records as labelled options: the edit form's pickers and the case page's links. */
export function caseLinkOptions(
  ids: { partnershipIds: number[]; localityIds: number[]; activityIds: number[] },
  locale: string,
): CaseLinkOptions {
  const db = getDb();
  const places = ids.localityIds.length
    ? db
        .select({ id: localities.id, nameLocal: localities.nameLocal, nameRomanised: localities.nameRomanised, nameZh: localities.nameZh })
        .from(localities)
        .where(inArray(localities.id, ids.localityIds))
        .all()
    : [];
  return {
    partnershipIds: partnershipOptionsByIds(db, ids.partnershipIds).map((o) => toPickerOption(o, locale)),
    localityIds: places.map((p) => ({ id: p.id, label: localityLabel(p, locale) })),
    activityIds: activityOptionsByIds(db, ids.activityIds).map((a) => ({ id: a.id, label: `${a.title} (${a.startDate})` })),
  };
}
