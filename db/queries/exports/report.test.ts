import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/connection";
import { activities, delegations, partnershipStatusHistory, partnerships } from "@/db/schema";
import type { ReportScope } from "@/lib/domain/statistics-report";
import { createTestDb } from "@/test/test-db";
import { addPlaces } from "@/test/fixtures/places";
import { getReportCounts, getStatusCoverage } from "../statistics-report";
import { activityExportSelection } from "./activities";
import { delegationExportSelection } from "./delegations";
import { partnershipExportSelection } from "./partnerships";
import { iterateRows } from "./reader";
import { reportActivitiesQuery, reportDelegationsQuery, reportPartnershipsQuery, reportSelection } from "./report";

/*
 * A hand-counted dataset for the period 2025–2026.
 * Tianjin organises: A1 2025-03-01 (counted), A2 2024-12-20→2025-01-05 (began before: left out, said),
 *   A3 2026-06-01 (counted), A4 2027-01-10 (after), A5 2025-05-05 archived (never counted).
 * Jinan organises: A6 2025-04-01 (counted nationally).
 * Tianjin's delegations: D1 incoming completed 2025-02-01, D2 outgoing planned 2026-03-01 (both counted),
 *   D3 incoming cancelled 2025-06-01 (left out, said), D4 outgoing 2024-12-28→2025-01-03 (began before),
 *   D5 outgoing 2023-05-01 (long before, not said).
 * Jinan's: D6 incoming completed 2026-09-09, D7 outgoing cancelled 2026-10-10.
 */
let db: Db;
let tianjin: number;
const period = { from: 2025, to: 2026 };

beforeAll(() => {
  db = createTestDb();
  const places = addPlaces(db, "tianjin", "jinan", "kobe", "incheon");
  const { jinan, kobe, incheon } = places;
  tianjin = places.tianjin;
  const p = (our: number, partner: number, signedOn: string, archived = false) =>
    db
      .insert(partnerships)
      .values({ ourLocalityId: our, partnerLocalityId: partner, signedOn, status: "good", archivedAt: archived ? new Date() : null })
      .returning()
      .get().id;
  const tk = p(tianjin, kobe, "1973-06-24");
  const ti = p(tianjin, incheon, "2025-12-07");
  p(jinan, kobe, "2010-05-01");
  p(jinan, incheon, "2011-01-01", true);
  db.insert(partnershipStatusHistory)
    .values([
      { partnershipId: tk, year: 2025, status: "very_good", source: "manual" },
      { partnershipId: ti, year: 2025, status: "good", source: "manual" },
      { partnershipId: tk, year: 2026, status: "very_good", source: "evaluation" },
    ])
    .run();
  const act = (organiserLocalityId: number, startDate: string, endDate: string | null = null, archived = false) =>
    db
      .insert(activities)
      .values({
        title: `A ${startDate}`,
        category: "youth",
        startDate,
        endDate,
        location: "here",
        organiserLocalityId,
        archivedAt: archived ? new Date() : null,
      })
      .run();
  act(tianjin, "2025-03-01");
  act(tianjin, "2024-12-20", "2025-01-05");
  act(tianjin, "2026-06-01");
  act(tianjin, "2027-01-10");
  act(tianjin, "2025-05-05", null, true);
  act(jinan, "2025-04-01");
  const del = (
    ourLocalityId: number,
    direction: "incoming" | "outgoing",
    status: "planned" | "completed" | "cancelled",
    startDate: string,
    endDate: string | null = null,
  ) =>
    db
      .insert(delegations)
      .values({ ourLocalityId, direction, status, startDate, endDate, leaderName: "Leader", leaderRank: "bureau" })
      .run();
  del(tianjin, "incoming", "completed", "2025-02-01");
  del(tianjin, "outgoing", "planned", "2026-03-01");
  del(tianjin, "incoming", "cancelled", "2025-06-01");
  del(tianjin, "outgoing", "completed", "2024-12-28", "2025-01-03");
  del(tianjin, "outgoing", "completed", "2023-05-01");
  del(jinan, "incoming", "completed", "2026-09-09");
  del(jinan, "outgoing", "cancelled", "2026-10-10");
});

function rowCounts(scope: ReportScope) {
  const selection = reportSelection(scope, period);
  const count = (q: { sql: string; params: unknown[] }, sel: Record<string, unknown>) => [...iterateRows(db.$client, q, sel)].length;
  return {
    partnerships: count(reportPartnershipsQuery(db, selection), partnershipExportSelection),
    activities: count(reportActivitiesQuery(db, selection), activityExportSelection),
    delegations: count(reportDelegationsQuery(db, selection), delegationExportSelection),
  };
}

describe("activity report: the summary counts the rows the tables hold", () => {
  it("for one locality (hand count)", () => {
    const { totals, leftOut, activitiesByCategory } = getReportCounts(db, { kind: "locality", localityId: tianjin }, period);
    expect(totals).toEqual({ partnerships: 2, partnerCountries: 2, newPartnerships: 1, activities: 2, incoming: 1, outgoing: 1 });
    expect(leftOut).toEqual({ cancelledDelegations: 1, activitiesBefore: 1, delegationsBefore: 1 });
    expect(activitiesByCategory).toEqual({ youth: 2 });
    expect(rowCounts({ kind: "locality", localityId: tianjin })).toEqual({ partnerships: 2, activities: 2, delegations: 2 });
  });

  it("for the nation and a province, totals equal row counts", () => {
    for (const scope of [
      { kind: "nation" },
      { kind: "province", provinceCode: "SD" },
      { kind: "province", provinceCode: "TJ" },
    ] as ReportScope[]) {
      const { totals } = getReportCounts(db, scope, period);
      const rows = rowCounts(scope);
      expect(rows.activities, JSON.stringify(scope)).toBe(totals.activities);
      expect(rows.delegations, JSON.stringify(scope)).toBe(totals.incoming + totals.outgoing);
      expect(rows.partnerships, JSON.stringify(scope)).toBe(totals.partnerships);
    }
    const nation = getReportCounts(db, { kind: "nation" }, period);
    expect(nation.totals).toMatchObject({ activities: 3, incoming: 2, outgoing: 1, partnerships: 3 });
    expect(nation.leftOut).toEqual({ cancelledDelegations: 2, activitiesBefore: 1, delegationsBefore: 1 });
  });

  it("a one-year period leaves out what starts in the next", () => {
    const one = { from: 2025, to: 2025 };
    const { totals } = getReportCounts(db, { kind: "locality", localityId: tianjin }, one);
    expect(totals).toMatchObject({ activities: 1, incoming: 1, outgoing: 0 });
  });
});

describe("status coverage", () => {
  it("says how many of the report's partnerships answered in a partial year, with the year before", () => {
    const coverage = getStatusCoverage(db, { kind: "nation" }, period);
    expect(coverage.map((c) => [c.year, c.answered, c.total])).toEqual([
      [2026, 1, 3],
      [2025, 2, 3],
    ]);
    expect(coverage[0]?.counts).toEqual({ very_good: 1, good: 0, maintaining_contact: 0, suspended: 0 });
  });
  it("takes the latest year up to the period's end, and none where nothing is recorded", () => {
    expect(getStatusCoverage(db, { kind: "nation" }, { from: 2025, to: 2025 })[0]?.year).toBe(2025);
    expect(getStatusCoverage(db, { kind: "province", provinceCode: "SD" }, period)).toEqual([]);
  });
});
