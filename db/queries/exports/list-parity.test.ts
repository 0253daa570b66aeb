import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/connection";
import {
  activities,
  activityContacts,
  activityPartnerships,
  contacts,
  countries,
  delegationMembers,
  delegations,
  partnerships,
} from "@/db/schema";
import type { Viewer } from "@/lib/auth/viewer";
import { LOCALES, type Locale } from "@/lib/domain/enums";
import type { Labels } from "@/lib/exports/columns/labels";
import { localityColumns, partnershipColumns } from "@/lib/exports/columns/registry";
import { ACTIVITY_SORTS, activityListSchema } from "@/lib/validation/activity-list";
import { CONTACT_SORTS, contactListSchema } from "@/lib/validation/contact-list";
import { DELEGATION_SORTS, delegationListSchema } from "@/lib/validation/delegation-list";
import { parseListParams } from "@/lib/validation/list-params";
import { LOCALITY_SORTS, localityListSchema } from "@/lib/validation/locality-list";
import { PARTNERSHIP_SORTS, partnershipListSchema } from "@/lib/validation/partnership-list";
import { addLocality, addUser, createTestDb } from "@/test/test-db";
import { listActivities } from "../activities";
import { listContactDirectory } from "../contacts-directory";
import { listDelegations } from "../delegations";
import { listLocalities } from "../localities";
import { listPartnerships } from "../partnerships-list";
import { activityExportQuery, activityExportSelection } from "./activities";
import { contactExportQuery, contactExportSelection } from "./contacts";
import { delegationExportQuery, delegationExportSelection } from "./delegations";
import { localityExportQuery, localityExportSelection } from "./localities";
import { partnershipExportQuery, partnershipExportSelection } from "./partnerships";
import { iterateRows, type BuiltQuery } from "./reader";

/*
 * Each list's export must hold exactly the rows its page shows, in the same
 * order, with the same computed values, for the same URL and language: the
 * list page read with one page of everything is compared with the export.
 */

const TODAY = "2026-06-15";
const DIRS = ["asc", "desc"] as const;
let db: Db;
let viewer: Viewer;

const rowsOf = <S extends Record<string, unknown>>(query: BuiltQuery, selection: S) => [...iterateRows(db.$client, query, selection)];
const labels = (locale: Locale): Labels => ({ header: (k) => k, enumLabel: (_g, v) => String(v ?? ""), zh: locale === "zh-CN" });
const cell = <R>(columns: { key: string; value: (r: R) => unknown }[], key: string, row: R) =>
  columns.find((c) => c.key === key)?.value(row);

beforeAll(() => {
  db = createTestDb();
  // English and Chinese country names sort differently: Japan < South Korea < United States, 日本 < 美国 < 韩国.
  db.insert(countries).values({ code: "US", nameEn: "United States", nameZh: "美国", nameNative: "United States" }).run();
  const city = (nameLocal: string, nameRomanised: string, countryCode: string, provinceCode?: string) =>
    addLocality(db, { nameLocal, nameRomanised, countryCode, provinceCode });
  const tianjin = city("天津市", "Tianjin", "CN", "TJ");
  const qingdao = city("青岛市", "qingdao", "CN", "SD"); // lower case: sorted without regard to case
  const chengdu = city("成都市", "Chengdu", "CN", "SC");
  const kobe = city("神戸市", "kobe", "JP");
  const shimonoseki = city("下関市", "Shimonoseki", "JP");
  const incheon = city("인천광역시", "Incheon", "KR");
  const busan = city("부산광역시", "Busan", "KR");
  const portland = city("Portland", "Portland", "US");
  viewer = addUser(db, "national_admin");
  const pair = (ours: number, partner: number, v: Partial<typeof partnerships.$inferInsert> = {}) =>
    db
      .insert(partnerships)
      .values({ ourLocalityId: ours, partnerLocalityId: partner, ...v })
      .returning()
      .get().id;
  const p = [
    pair(tianjin, kobe, { signedOn: "1973-06-24", status: "very_good" }),
    pair(tianjin, incheon, { signedOn: "1993-12-07", status: "good", level: "city" }),
    pair(qingdao, shimonoseki, { signedOn: "1979-10-03", status: "good", type: "friendship_exchange" }),
    pair(qingdao, portland, { signedOn: "1993-12-07" }),
    pair(chengdu, busan, { status: "suspended" }),
    pair(chengdu, portland, { signedOn: "2010-01-01", status: "maintaining_contact" }),
  ];
  // Activities: more for later partnerships (not in id order), a planned one, an archived one, ties on category and date.
  const act = (
    title: string,
    category: typeof activities.$inferInsert.category,
    startDate: string,
    organiser: number,
    links: number[],
    archived = false,
  ) => {
    const id = db
      .insert(activities)
      .values({ title, category, startDate, location: "here", organiserLocalityId: organiser, archivedAt: archived ? new Date() : null })
      .returning()
      .get().id;
    for (const partnershipId of links) db.insert(activityPartnerships).values({ activityId: id, partnershipId }).run();
    return id;
  };
  const p0 = p[0] as number,
    p1 = p[1] as number,
    p3 = p[3] as number,
    p4 = p[4] as number,
    p5 = p[5] as number;
  act("robotics camp", "youth", "2026-03-01", chengdu, [p5, p4]);
  act("Robotics Camp", "youth", "2026-03-01", qingdao, [p3]);
  act("Beer week", "economy_trade", "2025-08-01", qingdao, [p3, p5]);
  act("anniversary gala", "anniversary", "2026-03-01", tianjin, [p0]);
  act("Future fair", "economy_trade", "2027-01-01", tianjin, [p0, p1]); // planned
  act("Old forum", "other", "2019-05-05", tianjin, [p1]);
  act("Archived", "youth", "2026-01-01", chengdu, [p5], true);
  act("Zoo visit", "youth", "2026-05-20", chengdu, [p5]);
  // Delegations, with equal dates and case-different leaders.
  const del = (
    leaderName: string,
    direction: "incoming" | "outgoing",
    startDate: string,
    ours: number,
    status: "planned" | "completed" | "cancelled",
    members: string[],
  ) => {
    const id = db
      .insert(delegations)
      .values({ leaderName, direction, startDate, ourLocalityId: ours, status, leaderRank: "other" })
      .returning()
      .get().id;
    for (const name of members) db.insert(delegationMembers).values({ delegationId: id, name }).run();
  };
  del("yamada Taro", "incoming", "2026-04-01", tianjin, "completed", ["A", "B"]);
  del("Kim Min", "outgoing", "2026-04-01", chengdu, "planned", []);
  del("Smith", "incoming", "2025-11-11", qingdao, "completed", ["C"]);
  del("Adams", "outgoing", "2026-04-01", qingdao, "cancelled", ["D", "E", "F"]);
  // Contacts, with equal names and offices.
  const contact = (personName: string, partnershipId: number, side: "ours" | "partner", office: string | null) =>
    db.insert(contacts).values({ personName, partnershipId, side, office }).returning().get().id;
  const c1 = contact("Li Wei", p0, "ours", "Foreign Affairs Office");
  contact("li wei", p5, "ours", "foreign affairs office");
  const c3 = contact("Sato", p0, "partner", null);
  contact("Brown", p3, "partner", "City Hall");
  contact("Park", p1, "partner", "City Hall");
  db.insert(activityContacts).values({ activityId: 1, contactId: c3 }).run();
  db.insert(activityContacts).values({ activityId: 4, contactId: c3 }).run();
  db.insert(activityContacts).values({ activityId: 4, contactId: c1 }).run();
});

describe("each list's export holds the list's rows, in its order, with its values", () => {
  for (const locale of LOCALES) {
    for (const sort of PARTNERSHIP_SORTS) {
      for (const dir of DIRS) {
        it(`partnerships, ${sort} ${dir}, ${locale}`, () => {
          const params = parseListParams(partnershipListSchema, { sort, dir, pageSize: "1000" });
          const ctx = { locale, today: TODAY };
          const listed = listPartnerships(db, params, ctx).rows;
          const columns = partnershipColumns(labels(locale));
          const exported = rowsOf(partnershipExportQuery(db, params, ctx), partnershipExportSelection) as never[];
          expect(exported.map((r) => cell(columns, "id", r))).toEqual(listed.map((r) => r.id));
          expect(
            exported.map((r) => [
              cell(columns, "country", r),
              cell(columns, "partnerRomanised", r),
              cell(columns, "lastActivity", r),
              cell(columns, "activities12m", r),
            ]),
          ).toEqual(listed.map((r) => [r.countryName, r.partner.nameRomanised, r.lastActivity, r.activities12m]));
        });
      }
    }

    for (const sort of LOCALITY_SORTS) {
      for (const dir of DIRS) {
        it(`localities, ${sort} ${dir}, ${locale}`, () => {
          const params = parseListParams(localityListSchema, { sort, dir, pageSize: "1000" });
          const listed = listLocalities(db, params, locale).rows;
          const columns = localityColumns(labels(locale));
          const exported = rowsOf(localityExportQuery(db, params, { locale }), localityExportSelection) as never[];
          expect(exported.map((r) => [cell(columns, "id", r), cell(columns, "country", r), cell(columns, "partnerships", r)])).toEqual(
            listed.map((r) => [r.id, r.countryName, r.partnerships]),
          );
        });
      }
    }
  }

  for (const sort of ACTIVITY_SORTS) {
    for (const dir of DIRS) {
      it(`activities, ${sort} ${dir}`, () => {
        const params = parseListParams(activityListSchema, { sort, dir, pageSize: "1000" });
        const listed = listActivities(db, viewer, params).rows;
        const exported = rowsOf(activityExportQuery(db, params), activityExportSelection);
        expect(listed.length).toBeGreaterThan(5);
        expect(exported.map((r) => [r.id, r.title, r.startDate, r.organiserLocal])).toEqual(
          listed.map((r) => [r.id, r.title, r.startDate, r.organiserName]),
        );
      });
    }
  }

  for (const sort of DELEGATION_SORTS) {
    for (const dir of DIRS) {
      it(`delegations, ${sort} ${dir}`, () => {
        const params = parseListParams(delegationListSchema, { sort, dir, pageSize: "1000" });
        const listed = listDelegations(db, viewer, params).rows;
        const exported = rowsOf(delegationExportQuery(db, params), delegationExportSelection);
        expect(listed).toHaveLength(4);
        expect(exported.map((r) => [r.id, r.leaderName, r.members])).toEqual(listed.map((r) => [r.id, r.leaderName, r.members]));
      });
    }
  }

  for (const sort of CONTACT_SORTS) {
    for (const dir of DIRS) {
      it(`contacts, ${sort} ${dir}`, () => {
        const params = parseListParams(contactListSchema, { sort, dir, pageSize: "1000" });
        const listed = listContactDirectory(db, { ...params, reader: viewer }).rows;
        const exported = rowsOf(contactExportQuery(db, { ...params, reader: viewer }), contactExportSelection(viewer));
        expect(listed).toHaveLength(5);
        expect(exported.map((r) => [r.id, r.personName, r.activities, r.delegations])).toEqual(
          listed.map((r) => [r.id, r.personName, r.activities, r.delegations]),
        );
      });
    }
  }
});

describe("the registry export (regressions)", () => {
  const ids = (q: Record<string, string>, locale: Locale) =>
    rowsOf(partnershipExportQuery(db, parseListParams(partnershipListSchema, q), { locale, today: TODAY }), partnershipExportSelection).map(
      (r) => [r.partnerRomanised, r.countryZh],
    );

  it("sorts names without regard to case", () => {
    expect(ids({ sort: "partner" }, "en").map(([name]) => name)).toEqual([
      "Busan",
      "Incheon",
      "kobe",
      "Portland",
      "Portland",
      "Shimonoseki",
    ]);
  });

  it("sorts countries by the name shown in the viewer's language", () => {
    expect(ids({ sort: "country" }, "zh-CN").map(([, country]) => country)).toEqual(["日本", "日本", "美国", "美国", "韩国", "韩国"]);
    expect(ids({ sort: "country" }, "en").map(([, country]) => country)).toEqual(["日本", "日本", "韩国", "韩国", "美国", "美国"]);
  });

  it("sorts by activities in the last 12 months, and exports that column", () => {
    const rows = rowsOf(
      partnershipExportQuery(db, parseListParams(partnershipListSchema, { sort: "activities12m", dir: "desc" }), {
        locale: "en",
        today: TODAY,
      }),
      partnershipExportSelection,
    );
    expect(rows.map((r) => r.activities12m)).toEqual([3, 2, 1, 1, 0, 0]);
  });
});
