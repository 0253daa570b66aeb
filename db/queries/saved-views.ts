import { and, asc, eq, isNull, or, sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "@/db/connection";
import { savedViews, users } from "@/db/schema";
import { savedViewOffice, type ViewerScope } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer";
import type { SavedViewList } from "@/lib/domain/enums";

export type SavedViewItem = {
  id: number;
  list: SavedViewList;
  name: string;
  query: string;
  shared: boolean;
  version: number;
  /** The viewer's own view (they may rename, share and archive it). */
  own: boolean;
  ownerName: string;
  /** The list with the saved query. */
  href: string;
};

/** The office columns a shared view is stored with (one of them, or neither for the national office). */
export function officeColumns(office: ViewerScope): { officeLocalityId: number | null; officeProvinceCode: string | null } | null {
  switch (office.kind) {
    case "locality":
      return { officeLocalityId: office.localityId, officeProvinceCode: null };
    case "province":
      return { officeLocalityId: null, officeProvinceCode: office.provinceCode };
    case "nation":
      return { officeLocalityId: null, officeProvinceCode: null };
    case "none":
      return null;
  }
}

/** Views shared with exactly this office: a province's administrators do not see each city's shared views, nor the nation every office's. */
function sharedWithOffice(office: ViewerScope): SQL {
  const columns = officeColumns(office);
  if (!columns) return sql`0`;
  const locality =
    columns.officeLocalityId === null ? isNull(savedViews.officeLocalityId) : eq(savedViews.officeLocalityId, columns.officeLocalityId);
  const province =
    columns.officeProvinceCode === null
      ? isNull(savedViews.officeProvinceCode)
      : eq(savedViews.officeProvinceCode, columns.officeProvinceCode);
  return and(eq(savedViews.shared, true), locality, province)!;
}

/** The condition for the views a viewer sees: their own, and those shared with their office; never archived ones. */
export function visibleViewsSql(viewer: Viewer): SQL {
  return and(isNull(savedViews.archivedAt), or(eq(savedViews.ownerId, viewer.id), sharedWithOffice(savedViewOffice(viewer))))!;
}

export const savedViewHref = (list: SavedViewList, query: string) => (query ? `/${list}?${query}` : `/${list}`);

/** The viewer's own views and their office's shared ones, by list then name (the sidebar and the management page). */
export function visibleSavedViews(db: DbOrTx, viewer: Viewer): SavedViewItem[] {
  return db
    .select({
      id: savedViews.id,
      list: savedViews.list,
      name: savedViews.name,
      query: savedViews.query,
      shared: savedViews.shared,
      version: savedViews.version,
      ownerId: savedViews.ownerId,
      ownerName: users.name,
    })
    .from(savedViews)
    .innerJoin(users, eq(users.id, savedViews.ownerId))
    .where(visibleViewsSql(viewer))
    .orderBy(asc(savedViews.list), sql`${savedViews.name} collate nocase`, asc(savedViews.id))
    .all()
    .map(({ ownerId, ...v }) => ({ ...v, own: ownerId === viewer.id, href: savedViewHref(v.list, v.query) }));
}
