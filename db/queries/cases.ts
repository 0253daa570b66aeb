import { and, count, desc, eq, isNotNull, isNull, or, sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "@/db/connection";
import { activities, activityPartnerships, caseLinks, cases, localities, provinces } from "@/db/schema";
import { canEditOffice, canModerateCase, caseEditorScope, scopeCondition } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer";
import type { CaseLinkKind } from "@/lib/domain/enums";
import type { CaseListParams } from "@/lib/validation/case";
import { containsText, searchTerms } from "./search";

/** The library shows this many cases a page. */
export const CASES_PAGE_SIZE = 20;

const editorCondition = (viewer: Viewer) =>
  scopeCondition(caseEditorScope(viewer), { localityId: cases.ownerLocalityId, provinceCode: cases.ownerProvinceCode }) ?? sql`1`;

/** Readers see published, shown cases; a case's own office (and the administrators above it) also its drafts and hidden ones. */
function visibleTo(viewer: Viewer): SQL {
  return or(and(eq(cases.status, "published"), isNull(cases.hiddenAt)), editorCondition(viewer))!;
}

function filters(viewer: Viewer, p: CaseListParams): SQL[] {
  const where: SQL[] = [visibleTo(viewer)];
  where.push(p.archived ? and(isNotNull(cases.archivedAt), editorCondition(viewer))! : isNull(cases.archivedAt));
  for (const term of searchTerms(p.q)) where.push(containsText(cases.searchText, term));
  if (p.category) where.push(eq(cases.category, p.category));
  if (p.language) where.push(eq(cases.language, p.language));
  if (p.tag) where.push(sql`exists (select 1 from json_each(${cases.tags}) where value = ${p.tag})`);
  if (p.province) where.push(eq(cases.ownerProvinceCode, p.province));
  if (p.featured) where.push(and(isNotNull(cases.featuredAt), eq(cases.status, "published"))!);
  if (p.mine) where.push(editorCondition(viewer));
  if (p.drafts) where.push(and(eq(cases.status, "draft"), editorCondition(viewer))!);
  return where;
}

const ownerColumns = {
  ownerLocalityId: cases.ownerLocalityId,
  ownerProvinceCode: cases.ownerProvinceCode,
  ownerName: localities.nameLocal,
  ownerRomanised: localities.nameRomanised,
  ownerZh: localities.nameZh,
  provinceEn: provinces.nameEn,
  provinceZh: provinces.nameZh,
};

/** The library's list: featured (published) cases first, then the newest; 20 a page. */
export function listCases(db: DbOrTx, viewer: Viewer, p: CaseListParams) {
  const where = and(...filters(viewer, p));
  const total = db.select({ n: count() }).from(cases).where(where).get()?.n ?? 0;
  const rows = db
    .select({
      id: cases.id,
      title: cases.title,
      summary: cases.summary,
      category: cases.category,
      language: cases.language,
      tags: cases.tags,
      status: cases.status,
      publishedAt: cases.publishedAt,
      featured: sql<number>`(${cases.featuredAt} is not null and ${cases.status} = 'published')`,
      hiddenAt: cases.hiddenAt,
      hiddenReason: cases.hiddenReason,
      archivedAt: cases.archivedAt,
      ...ownerColumns,
    })
    .from(cases)
    .leftJoin(localities, eq(localities.id, cases.ownerLocalityId))
    .leftJoin(provinces, eq(provinces.code, cases.ownerProvinceCode))
    .where(where)
    .orderBy(
      desc(sql`(${cases.featuredAt} is not null and ${cases.status} = 'published')`),
      desc(sql`coalesce(${cases.publishedAt}, ${cases.updatedAt})`),
      desc(cases.id),
    )
    .limit(CASES_PAGE_SIZE)
    .offset((p.page - 1) * CASES_PAGE_SIZE)
    .all()
    .map((r) => {
      const mayEdit = canEditOffice(viewer, r);
      // The reason a case is hidden is for its office (and administrators), not for every reader.
      return { ...r, featured: Boolean(r.featured), hiddenReason: mayEdit ? r.hiddenReason : null, mayEdit };
    });
  return { rows, total };
}
export type CaseListRow = ReturnType<typeof listCases>["rows"][number];

/** One case with what its page shows, or null when the viewer may not see it. */
export function getCaseDetail(db: DbOrTx, viewer: Viewer, id: number) {
  const row = db
    .select({ c: cases, ...ownerColumns })
    .from(cases)
    .leftJoin(localities, eq(localities.id, cases.ownerLocalityId))
    .leftJoin(provinces, eq(provinces.code, cases.ownerProvinceCode))
    .where(and(eq(cases.id, id), visibleTo(viewer)))
    .get();
  if (!row) return null;
  const owner = { ownerLocalityId: row.c.ownerLocalityId, ownerProvinceCode: row.c.ownerProvinceCode };
  const canEdit = canEditOffice(viewer, owner);
  // An archived case is its office's to restore; others see it no more.
  if (row.c.archivedAt && !canEdit) return null;
  const links = db.select({ kind: caseLinks.kind, targetId: caseLinks.targetId }).from(caseLinks).where(eq(caseLinks.caseId, id)).all();
  const ids = (kind: CaseLinkKind) => links.filter((l) => l.kind === kind).map((l) => l.targetId);
  const { c, ...names } = row;
  return {
    ...c,
    ...names,
    hiddenReason: canEdit || canModerateCase(viewer, owner) ? c.hiddenReason : null,
    partnershipIds: ids("partnership"),
    localityIds: ids("locality"),
    activityIds: ids("activity"),
    canEdit,
    canModerate: canModerateCase(viewer, owner),
  };
}
export type CaseDetail = NonNullable<ReturnType<typeof getCaseDetail>>;

/** What "Write up as a case" carries over from an activity (readable nationally): title, dates, category, partnerships, description. */
export function activityCasePrefill(db: DbOrTx, activityId: number) {
  const a = db
    .select({
      id: activities.id,
      title: activities.title,
      category: activities.category,
      startDate: activities.startDate,
      endDate: activities.endDate,
      description: activities.description,
      outcomes: activities.outcomes,
    })
    .from(activities)
    .where(and(eq(activities.id, activityId), isNull(activities.archivedAt)))
    .get();
  if (!a) return null;
  const partnershipIds = db
    .select({ id: activityPartnerships.partnershipId })
    .from(activityPartnerships)
    .where(eq(activityPartnerships.activityId, activityId))
    .all()
    .map((r) => r.id);
  return { ...a, partnershipIds };
}
