import { afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/connection";
import { setDormantMonths } from "@/db/mutations/settings";
import {
  activities,
  activityPartnerships,
  delegationPartnerships,
  delegations,
  evaluationCampaigns,
  evaluations,
  partnerships,
} from "@/db/schema";
import { loadReminders } from "@/db/loaders/reminders";
import type { Viewer } from "@/lib/auth/viewer";
import { setClockForTests, today } from "@/lib/domain/clock";
import { addLocality, addUser, createTestDb } from "@/test/test-db";
import { getDormantMonths } from "./app-meta";
import { dormantPartnerships, upcomingAnniversaries } from "./reminders";

let db: Db;
let tianjin: number;
let qingdao: number;
let staff: Viewer;
let reader: Viewer;
let shandong: Viewer;
let admin: Viewer;
const ids: Record<string, number> = {};

const pair = (ours: number, partner: number, signedOn: string | null) =>
  db.insert(partnerships).values({ ourLocalityId: ours, partnerLocalityId: partner, signedOn, status: "good" }).returning().get().id;

function activity(partnershipId: number, startDate: string, organiser: number) {
  const id = db
    .insert(activities)
    .values({ title: `Visit ${startDate}`, category: "youth", startDate, location: "here", organiserLocalityId: organiser })
    .returning()
    .get().id;
  db.insert(activityPartnerships).values({ activityId: id, partnershipId }).run();
}

beforeAll(() => {
  db = createTestDb();
  tianjin = addLocality(db, { nameLocal: "天津市", nameRomanised: "Tianjin", countryCode: "CN", provinceCode: "TJ" });
  qingdao = addLocality(db, { nameLocal: "青岛市", nameRomanised: "Qingdao", countryCode: "CN", provinceCode: "SD" });
  const partner = (name: string) => addLocality(db, { nameLocal: name, nameRomanised: name, countryCode: "JP" });
  staff = addUser(db, "city_staff", { provinceCode: "TJ", localityId: tianjin });
  reader = addUser(db, "viewer");
  shandong = addUser(db, "province_admin", { provinceCode: "SD" });
  admin = addUser(db, "national_admin");
  // Today is 2026-11-29. Round ones ahead: Kobe's 50th (2027-06-24), Chiba's 15th (2027-01-10), Qingdao–Shimonoseki's 20th (2026-12-01).
  ids.kobe = pair(tianjin, partner("Kobe"), "1977-06-24");
  ids.chiba = pair(tianjin, partner("Chiba"), "2012-01-10");
  ids.yokkaichi = pair(tianjin, partner("Yokkaichi"), "2003-05-05"); // 24th: not round
  ids.nara = pair(tianjin, partner("Nara"), "1996-11-28"); // 30th was yesterday: next year's 31st is beyond
  ids.shimonoseki = pair(qingdao, partner("Shimonoseki"), "2006-12-01");
  ids.fresh = pair(tianjin, partner("Fresh"), "2026-06-01"); // signed this year: first anniversary, not dormant
  activity(ids.kobe, "2026-03-01", tianjin);
  activity(ids.chiba, "2024-11-28", tianjin); // one day too early: dormant at 24 months
  activity(ids.yokkaichi, "2025-12-01", tianjin);
  activity(ids.nara, "2027-01-01", tianjin); // in the future: does not keep it alive
  const campaign = db
    .insert(evaluationCampaigns)
    .values({ year: 2026, title: "2026 evaluation", opensOn: "2026-10-01", closesOn: "2026-12-15", state: "open", openedAt: new Date() })
    .returning()
    .get().id;
  for (const [p, locality, state] of [
    [ids.kobe, tianjin, "pending"],
    [ids.chiba, tianjin, "submitted"],
    [ids.shimonoseki, qingdao, "draft"],
  ] as const)
    db.insert(evaluations).values({ campaignId: campaign, partnershipId: p, localityId: locality, state }).run();
  const delegation = (startDate: string, status: "planned" | "completed") =>
    db
      .insert(delegations)
      .values({ direction: "outgoing", ourLocalityId: tianjin, leaderName: `Leader ${startDate}`, leaderRank: "other", startDate, status })
      .returning()
      .get().id;
  ids.soon = delegation("2027-01-05", "planned");
  delegation("2027-03-01", "planned"); // beyond 60 days
  delegation("2026-12-10", "completed");
  db.insert(delegationPartnerships).values({ delegationId: ids.soon, partnershipId: ids.kobe }).run();
});

afterEach(() => setClockForTests(null));
const at = () => setClockForTests("2026-11-29T04:00:00Z");

describe("reminders", () => {
  it("lists a city's round anniversaries of the next twelve months, nearest first, by the offices' day", () => {
    at();
    const r = loadReminders(db, staff, today());
    expect(r.scope).toBe("locality");
    expect(r.anniversaries.rows.map((a) => [a.partnershipId, a.years, a.date])).toEqual([
      [ids.chiba, 15, "2027-01-10"],
      [ids.kobe, 50, "2027-06-24"],
    ]);
    expect(r.anniversaries.total).toBe(2);
  });

  it("finds every anniversary, round or not, for a city's calendar", () => {
    const all = upcomingAnniversaries(db, { kind: "locality", localityId: tianjin }, { today: "2026-11-29", roundOnly: false, limit: 10 });
    expect(all.rows.map((a) => [a.partnershipId, a.round])).toEqual([
      [ids.chiba, true],
      [ids.yokkaichi, false],
      [ids.fresh, false],
      [ids.kobe, true],
      [ids.nara, false],
    ]);
    expect(all.rows.at(-1)).toMatchObject({ date: "2027-11-28", years: 31 });
  });

  it("counts the nation's and shows only the first ones; a reader's are the nation's", () => {
    at();
    const nation = upcomingAnniversaries(db, { kind: "nation" }, { today: today(), roundOnly: true, limit: 1 });
    expect(nation.total).toBe(3);
    expect(nation.rows.map((a) => a.partnershipId)).toEqual([ids.shimonoseki]);
    expect(loadReminders(db, reader, today()).anniversaries.total).toBe(3);
    expect(loadReminders(db, shandong, today()).anniversaries.rows.map((a) => a.partnershipId)).toEqual([ids.shimonoseki]);
  });

  it("finds dormant partnerships by the threshold, whether for a city or a province", () => {
    at();
    const city = dormantPartnerships(db, { kind: "locality", localityId: tianjin }, { today: today(), months: 24, limit: 8 });
    expect(city.rows.map((d) => d.partnershipId).sort()).toEqual([ids.nara, ids.chiba].sort());
    expect(city.rows.find((d) => d.partnershipId === ids.chiba)?.lastExchange).toBe("2024-11-28");
    const province = dormantPartnerships(db, { kind: "province", provinceCode: "TJ" }, { today: today(), months: 24, limit: 8 });
    expect(province.total).toBe(2);
    expect(dormantPartnerships(db, { kind: "province", provinceCode: "TJ" }, { today: today(), months: 6, limit: 8 }).total).toBe(4);
  });

  it("lists evaluations still to submit (readers answer none) and planned delegations of the next sixty days", () => {
    at();
    const r = loadReminders(db, staff, today());
    expect(r.evaluations?.rows.map((e) => [e.partner?.nameRomanised, e.state])).toEqual([["Kobe", "pending"]]);
    expect(loadReminders(db, admin, today()).evaluations?.total).toBe(2);
    expect(loadReminders(db, reader, today()).evaluations).toBeNull();
    expect(r.delegations.rows.map((d) => [d.delegationId, d.partner?.nameRomanised])).toEqual([[ids.soon, "Kobe"]]);
    expect(r.plannedTo).toBe("2027-01-28");
  });

  it("reads the dormancy threshold a national administrator sets, audited, and refuses anyone else", () => {
    at();
    expect(getDormantMonths(db)).toBe(24);
    expect(() => setDormantMonths(db, shandong, { months: 12, current: 24 })).toThrow(/forbidden/);
    expect(() => setDormantMonths(db, admin, { months: 12, current: 36 })).toThrow(/stale/);
    setDormantMonths(db, admin, { months: 6, current: 24 });
    expect(getDormantMonths(db)).toBe(6);
    expect(loadReminders(db, staff, today()).dormant.total).toBe(4);
    const log = db.$client.prepare("select entity_type, summary from audit_log where entity_type = 'setting'").all();
    expect(log).toEqual([{ entity_type: "setting", summary: "dormant_months" }]);
    setDormantMonths(db, admin, { months: 24, current: 6 });
  });
});
