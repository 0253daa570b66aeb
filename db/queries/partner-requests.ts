import { and, asc, desc, eq, isNull, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { DbOrTx } from "@/db/connection";
import { countries, localities, partnerRequests, partnerResponses, provinces, users } from "@/db/schema";
import type { OwnedRecord } from "@/lib/auth/viewer";
import { today } from "@/lib/domain/clock";
import type { BoardState } from "@/lib/domain/partner-request-state";
import type { BoardListParams } from "@/lib/validation/partner-request";

/*
 * The partner-seeking board (寻友信息): its list, one post, its responses, and the office's unread ones.
 * Posts are few (hundreds); their responses are read by the indexed request id.
 */

const seeker = alias(localities, "seeker");
const seekerProvince = alias(provinces, "seeker_province");
const wantedCountry = alias(countries, "wanted_country");
const wantedProvince = alias(provinces, "wanted_province");

/** open / found / closed, the closing day (inclusive) counting as closed once past. */
function stateSql(day: string): SQL<BoardState> {
  return sql<BoardState>`CASE WHEN ${partnerRequests.status} = 'found' THEN 'found' WHEN ${partnerRequests.status} = 'open' AND (${partnerRequests.closesOn} IS NULL OR ${partnerRequests.closesOn} >= ${day}) THEN 'open' ELSE 'closed' END`;
}

/** What every view of a post shows: the seeker, what it wants, its state. */
function postSelection(day: string) {
  return {
    id: partnerRequests.id,
    side: partnerRequests.side,
    title: partnerRequests.title,
    description: partnerRequests.description,
    status: partnerRequests.status,
    state: stateSql(day),
    closesOn: partnerRequests.closesOn,
    createdAt: partnerRequests.createdAt,
    statusChangedAt: partnerRequests.statusChangedAt,
    version: partnerRequests.version,
    ownerLocalityId: partnerRequests.ownerLocalityId,
    ownerProvinceCode: partnerRequests.ownerProvinceCode,
    wantedLevels: partnerRequests.wantedLevels,
    purposes: partnerRequests.purposes,
    categories: partnerRequests.categories,
    wantedRegion: partnerRequests.wantedRegion,
    wantedCountryCode: partnerRequests.wantedCountryCode,
    wantedCountryEn: sql<string | null>`${wantedCountry.nameEn}`,
    wantedCountryZh: sql<string | null>`${wantedCountry.nameZh}`,
    wantedProvinceCode: partnerRequests.wantedProvinceCode,
    wantedProvinceEn: sql<string | null>`${wantedProvince.nameEn}`,
    wantedProvinceZh: sql<string | null>`${wantedProvince.nameZh}`,
    seeker: {
      id: seeker.id,
      nameLocal: seeker.nameLocal,
      nameRomanised: seeker.nameRomanised,
      nameZh: seeker.nameZh,
      countryCode: seeker.countryCode,
      level: seeker.level,
      provinceCode: seeker.provinceCode,
      stateName: seeker.stateName,
    },
    seekerCountryEn: countries.nameEn,
    seekerCountryZh: countries.nameZh,
    seekerProvinceEn: sql<string | null>`${seekerProvince.nameEn}`,
    seekerProvinceZh: sql<string | null>`${seekerProvince.nameZh}`,
    seekerRegion: sql<string | null>`${seekerProvince.region}`,
  };
}

function selectPosts(db: DbOrTx, day: string) {
  return db
    .select({
      ...postSelection(day),
      responses: sql<number>`(SELECT count(*) FROM partner_responses pr WHERE pr.request_id = ${partnerRequests.id} AND pr.archived_at IS NULL)`,
    })
    .from(partnerRequests)
    .innerJoin(seeker, eq(seeker.id, partnerRequests.seekerLocalityId))
    .innerJoin(countries, eq(countries.code, seeker.countryCode))
    .leftJoin(seekerProvince, eq(seekerProvince.code, seeker.provinceCode))
    .leftJoin(wantedCountry, eq(wantedCountry.code, partnerRequests.wantedCountryCode))
    .leftJoin(wantedProvince, eq(wantedProvince.code, partnerRequests.wantedProvinceCode));
}

/** The board's filters (docs: /sharing/board?side&country&province&field&state). */
function boardConditions(params: BoardListParams, day: string): SQL[] {
  const where: SQL[] = [isNull(partnerRequests.archivedAt)];
  if (params.side) where.push(eq(partnerRequests.side, params.side));
  // The country concerned: the one sought (ours), or the foreign seeker's own.
  if (params.country)
    where.push(
      sql`((${partnerRequests.side} = 'ours' AND ${partnerRequests.wantedCountryCode} = ${params.country}) OR (${partnerRequests.side} = 'foreign' AND ${seeker.countryCode} = ${params.country}))`,
    );
  // Our province concerned: the seeker's (ours), or the one sought, directly or by its region (foreign).
  if (params.province)
    where.push(
      sql`((${partnerRequests.side} = 'ours' AND ${seeker.provinceCode} = ${params.province}) OR (${partnerRequests.side} = 'foreign' AND (${partnerRequests.wantedProvinceCode} = ${params.province} OR ${partnerRequests.wantedRegion} = (SELECT region FROM provinces WHERE code = ${params.province}))))`,
    );
  if (params.field) {
    const [kind, value] = params.field.split(".");
    const column = kind === "p" ? partnerRequests.purposes : partnerRequests.categories;
    where.push(sql`EXISTS (SELECT 1 FROM json_each(${column}) WHERE json_each.value = ${value})`);
  }
  if (params.state) where.push(sql`${stateSql(day)} = ${params.state}`);
  return where;
}

/** The board, a page at a time: open posts first, then found and closed ones. */
export function listBoard(db: DbOrTx, params: BoardListParams) {
  const day = today();
  const where = and(...boardConditions(params, day));
  const direction = params.dir === "asc" ? asc : desc;
  const order =
    params.sort === "closes"
      ? [sql`${partnerRequests.closesOn} IS NULL`, direction(partnerRequests.closesOn)]
      : [direction(partnerRequests.createdAt), direction(partnerRequests.id)];
  const total =
    db
      .select({ n: sql<number>`count(*)` })
      .from(partnerRequests)
      .innerJoin(seeker, eq(seeker.id, partnerRequests.seekerLocalityId))
      .where(where)
      .get()?.n ?? 0;
  const pages = Math.max(1, Math.ceil(total / params.pageSize));
  const page = Math.min(params.page, pages);
  const rows = selectPosts(db, day)
    .where(where)
    .orderBy(sql`CASE ${stateSql(day)} WHEN 'open' THEN 0 WHEN 'found' THEN 1 ELSE 2 END`, ...order)
    .limit(params.pageSize)
    .offset((page - 1) * params.pageSize)
    .all();
  return { rows, total, page };
}
export type BoardRow = ReturnType<typeof listBoard>["rows"][number];

/** One current post, or undefined. */
export function getPartnerRequest(db: DbOrTx, id: number) {
  return selectPosts(db, today())
    .where(and(eq(partnerRequests.id, id), isNull(partnerRequests.archivedAt)))
    .get();
}
export type PartnerRequestDetail = NonNullable<ReturnType<typeof getPartnerRequest>>;

const authorLocality = alias(localities, "author_locality");
const authorProvince = alias(provinces, "author_province");

/** A post's responses, oldest first, with who wrote them and for which office; `authorId` narrows to one author's. */
export function listResponses(db: DbOrTx, requestId: number, authorId?: number) {
  return db
    .select({
      id: partnerResponses.id,
      message: partnerResponses.message,
      createdAt: partnerResponses.createdAt,
      readAt: partnerResponses.readAt,
      authorName: users.name,
      authorRole: users.role,
      locality: {
        id: sql<number | null>`${authorLocality.id}`,
        nameLocal: sql<string>`${authorLocality.nameLocal}`,
        nameRomanised: sql<string>`${authorLocality.nameRomanised}`,
        nameZh: sql<string | null>`${authorLocality.nameZh}`,
      },
      provinceEn: sql<string | null>`${authorProvince.nameEn}`,
      provinceZh: sql<string | null>`${authorProvince.nameZh}`,
    })
    .from(partnerResponses)
    .innerJoin(users, eq(users.id, partnerResponses.authorId))
    .leftJoin(authorLocality, eq(authorLocality.id, partnerResponses.authorLocalityId))
    .leftJoin(authorProvince, eq(authorProvince.code, users.provinceCode))
    .where(
      and(
        eq(partnerResponses.requestId, requestId),
        isNull(partnerResponses.archivedAt),
        authorId === undefined ? undefined : eq(partnerResponses.authorId, authorId),
      ),
    )
    .orderBy(asc(partnerResponses.createdAt), asc(partnerResponses.id))
    .limit(500)
    .all();
}
export type ResponseRow = ReturnType<typeof listResponses>[number];

/** The office's posts with responses nobody in it has read yet (the dashboard's notice), a few at most. */
/** The posts of an office with unread responses, as the dashboard lists them. */
export type UnreadResponses = ReturnType<typeof unreadResponses>;

export function unreadResponses(db: DbOrTx, office: OwnedRecord) {
  const owner =
    office.ownerLocalityId !== null
      ? eq(partnerRequests.ownerLocalityId, office.ownerLocalityId)
      : and(
          isNull(partnerRequests.ownerLocalityId),
          office.ownerProvinceCode === null
            ? isNull(partnerRequests.ownerProvinceCode)
            : eq(partnerRequests.ownerProvinceCode, office.ownerProvinceCode),
        );
  return db
    .select({ id: partnerRequests.id, title: partnerRequests.title, unread: sql<number>`count(*)` })
    .from(partnerRequests)
    .innerJoin(
      partnerResponses,
      and(eq(partnerResponses.requestId, partnerRequests.id), isNull(partnerResponses.readAt), isNull(partnerResponses.archivedAt)),
    )
    .where(and(owner, isNull(partnerRequests.archivedAt)))
    .groupBy(partnerRequests.id)
    .orderBy(desc(sql`max(${partnerResponses.id})`))
    .limit(10)
    .all();
}
