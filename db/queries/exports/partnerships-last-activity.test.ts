import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/connection";
import { activities, activityPartnerships, partnerships } from "@/db/schema";
import { parseListParams } from "@/lib/validation/list-params";
import { partnershipListSchema } from "@/lib/validation/partnership-list";
import { addLocality, createTestDb } from "@/test/test-db";
import { listPartnerships } from "../partnerships-list";
import { partnershipExportQuery, partnershipExportSelection } from "./partnerships";
import { iterateRows } from "./reader";

const TODAY = "2026-06-01";
let db: Db;

beforeAll(() => {
  db = createTestDb();
  const tianjin = addLocality(db, { nameLocal: "天津市", nameRomanised: "Tianjin", countryCode: "CN", provinceCode: "TJ" });
  const kobe = addLocality(db, { nameLocal: "神戸市", nameRomanised: "Kobe", countryCode: "JP" });
  const incheon = addLocality(db, { nameLocal: "인천광역시", nameRomanised: "Incheon", countryCode: "KR" });
  const tk = db
    .insert(partnerships)
    .values({ ourLocalityId: tianjin, partnerLocalityId: kobe, signedOn: "1973-06-24", status: "good" })
    .returning()
    .get().id;
  const ti = db
    .insert(partnerships)
    .values({ ourLocalityId: tianjin, partnerLocalityId: incheon, signedOn: "1993-12-07", status: "good" })
    .returning()
    .get().id;
  const act = (partnershipId: number, startDate: string, archived = false) => {
    const id = db
      .insert(activities)
      .values({
        title: startDate,
        category: "youth",
        startDate,
        location: "here",
        organiserLocalityId: tianjin,
        archivedAt: archived ? new Date() : null,
      })
      .returning()
      .get().id;
    db.insert(activityPartnerships).values({ activityId: id, partnershipId }).run();
  };
  act(tk, "2025-07-01");
  act(tk, "2026-06-01"); // today counts
  act(tk, "2027-03-01"); // planned: not yet "last"
  act(ti, "2026-09-09"); // only a planned one
  act(ti, "2024-01-01", true); // archived
});

describe("registry export: last activity", () => {
  it("is the list's own: planned (future) and archived activities do not count", () => {
    const params = parseListParams(partnershipListSchema, { sort: "partner" });
    const exported = [
      ...iterateRows(db.$client, partnershipExportQuery(db, params, { locale: "en", today: TODAY }), partnershipExportSelection),
    ].map((r) => [r.partnerRomanised, r.lastActivity]);
    const listed = listPartnerships(db, params, { locale: "en", today: TODAY }).rows.map((r) => [r.partner.nameRomanised, r.lastActivity]);
    expect(exported).toEqual([
      ["Incheon", null],
      ["Kobe", "2026-06-01"],
    ]);
    expect(exported).toEqual(listed);
  });

  it("sorts by the same rule", () => {
    const params = parseListParams(partnershipListSchema, { sort: "lastActivity", dir: "desc" });
    const order = [
      ...iterateRows(db.$client, partnershipExportQuery(db, params, { locale: "en", today: "2026-12-31" }), partnershipExportSelection),
    ].map((r) => r.lastActivity);
    expect(order).toEqual(["2026-09-09", "2026-06-01"]);
  });
});
