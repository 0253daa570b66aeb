import { and, desc, eq, isNull, lte, or, sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "@/db/connection";
import { announcementReads, announcements, provinces } from "@/db/schema";
import { announcementAudiences, canEditOffice, hasCapability, isInAnnouncementAudience } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer";
import { listAttachments } from "./activities-attachments";

export const ANNOUNCEMENTS_PAGE_SIZE = 20;

/** Announcements addressed to the viewer: everyone's, and their province's (SQL twin of `isInAnnouncementAudience`). */
function addressedTo(viewer: Viewer): SQL {
  if (!hasCapability(viewer, "records.read")) return sql`0`;
  const everyone = isNull(announcements.audienceProvinceCode);
  return viewer.provinceCode ? or(everyone, eq(announcements.audienceProvinceCode, viewer.provinceCode))! : everyone;
}

/** Announcements of the office the viewer posts for (SQL twin of `canEditOffice` on an announcement), or null for none. */
function managedBy(viewer: Viewer): SQL | null {
  const office = announcementAudiences(viewer);
  if (office.kind === "any") return sql`1`;
  return office.kind === "province" ? eq(announcements.ownerProvinceCode, office.provinceCode) : null;
}

/** Current for a day: begun, not ended. */
const validOn = (day: string) =>
  and(lte(announcements.validFrom, day), or(isNull(announcements.validUntil), sql`${announcements.validUntil} >= ${day}`));

const readBy = (userId: number) =>
  sql<number>`exists (select 1 from ${announcementReads} r where r.announcement_id = ${announcements.id} and r.user_id = ${userId})`;

/** How many have read it, and how many active users it is addressed to. */
const readCount = sql<number>`(select count(*) from ${announcementReads} r where r.announcement_id = ${announcements.id})`;
const audienceSize = sql<number>`(select count(*) from users u where u.active = 1 and (${announcements.audienceProvinceCode} is null or u.province_code = ${announcements.audienceProvinceCode}))`;

const columns = (viewer: Viewer) => ({
  id: announcements.id,
  title: announcements.title,
  body: announcements.body,
  audienceProvinceCode: announcements.audienceProvinceCode,
  audienceNameEn: provinces.nameEn,
  audienceNameZh: provinces.nameZh,
  ownerProvinceCode: announcements.ownerProvinceCode,
  validFrom: announcements.validFrom,
  validUntil: announcements.validUntil,
  archivedAt: announcements.archivedAt,
  version: announcements.version,
  readByMe: readBy(viewer.id).mapWith(Boolean),
  readCount: readCount.mapWith(Number),
  audienceSize: audienceSize.mapWith(Number),
});

type Selected = {
  ownerProvinceCode: string | null;
  readCount: number;
  audienceSize: number;
};

/** Read counts are the author's office's business only. */
function withCounts<T extends Selected>(viewer: Viewer, row: T) {
  const canEdit = canEditOffice(viewer, { ownerLocalityId: null, ownerProvinceCode: row.ownerProvinceCode });
  return { ...row, canEdit, readCount: canEdit ? row.readCount : null, audienceSize: canEdit ? row.audienceSize : null };
}

/**
 * The list: the announcements addressed to the viewer from their first day on (archived ones gone),
 * and every one their office posted (upcoming and archived too). Current and upcoming first, then
 * past ones; newest first within each; one page at a time.
 */
export function listAnnouncements(db: DbOrTx, viewer: Viewer, opts: { today: string; page: number }) {
  const managed = managedBy(viewer);
  const addressed = and(addressedTo(viewer), isNull(announcements.archivedAt), lte(announcements.validFrom, opts.today))!;
  const where = managed ? or(managed, addressed)! : addressed;
  const past = sql`case when ${announcements.validUntil} < ${opts.today} then 1 else 0 end`;
  const rows = db
    .select(columns(viewer))
    .from(announcements)
    .leftJoin(provinces, eq(provinces.code, announcements.audienceProvinceCode))
    .where(where)
    .orderBy(past, desc(announcements.validFrom), desc(announcements.id))
    .limit(ANNOUNCEMENTS_PAGE_SIZE)
    .offset((opts.page - 1) * ANNOUNCEMENTS_PAGE_SIZE)
    .all()
    .map((row) => ({ ...withCounts(viewer, row), past: row.validUntil !== null && row.validUntil < opts.today }));
  const total =
    db
      .select({ n: sql<number>`count(*)` })
      .from(announcements)
      .where(where)
      .get()?.n ?? 0;
  return { rows, total };
}

export type AnnouncementItem = ReturnType<typeof listAnnouncements>["rows"][number];

/** One announcement with its files, if the viewer may read it (its audience from its first day, or its office). */
export function getAnnouncement(db: DbOrTx, viewer: Viewer, id: number, today: string) {
  const row = db
    .select(columns(viewer))
    .from(announcements)
    .leftJoin(provinces, eq(provinces.code, announcements.audienceProvinceCode))
    .where(eq(announcements.id, id))
    .get();
  if (!row) return null;
  const item = withCounts(viewer, row);
  const addressed = row.archivedAt === null && row.validFrom <= today && isInAnnouncementAudience(viewer, row.audienceProvinceCode);
  if (!item.canEdit && !addressed) return null;
  return { ...item, addressedToViewer: addressed, attachments: listAttachments(db, "announcement", id) };
}

/** The dashboard's: addressed to the viewer (not their own posts), current today, not archived, not yet read by them; newest first. */
/** An announcement as the dashboard lists it. */
export type DashboardAnnouncement = ReturnType<typeof unreadAnnouncements>[number];

export function unreadAnnouncements(db: DbOrTx, viewer: Viewer, today: string, limit = 5) {
  return db
    .select({ id: announcements.id, title: announcements.title, body: announcements.body, validFrom: announcements.validFrom })
    .from(announcements)
    .where(
      and(
        addressedTo(viewer),
        isNull(announcements.archivedAt),
        validOn(today),
        sql`coalesce(${announcements.createdBy}, 0) <> ${viewer.id}`,
        sql`not ${readBy(viewer.id)}`,
      ),
    )
    .orderBy(desc(announcements.validFrom), desc(announcements.id))
    .limit(limit)
    .all();
}
