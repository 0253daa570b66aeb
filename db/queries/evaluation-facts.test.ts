import { beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/db/connection";
import { createTestDb } from "@/test/test-db";
import { eventsByYear, getEvaluationFacts } from "./evaluation-facts";
import { logActivity, logDelegation, seedEvaluationWorld } from "@/test/fixtures/evaluations";
import { getInteractionIndexBulk } from "./interaction-index";

let db: Db;
let w: ReturnType<typeof seedEvaluationWorld>;

beforeEach(() => {
  db = createTestDb();
  w = seedEvaluationWorld(db);
  // Tianjin–Kobe: 2021 one activity, 2024 two, 2025 three of two kinds plus two delegations (one cancelled).
  logActivity(db, w.tianjinKobe, w.tianjin, { date: "2021-05-01", category: "youth", ours: 10 });
  logActivity(db, w.tianjinKobe, w.tianjin, { date: "2024-03-01", category: "economy_trade" });
  logActivity(db, w.tianjinKobe, w.tianjin, { date: "2024-09-01", category: "economy_trade" });
  logActivity(db, w.tianjinKobe, w.tianjin, { date: "2025-02-01", category: "official_visit", ours: 20, partner: 30 });
  logActivity(db, w.tianjinKobe, w.tianjin, {
    date: "2025-06-01",
    category: "culture_science_education_health_sports",
    ours: 40,
    partner: 9,
  });
  logActivity(db, w.tianjinKobe, w.tianjin, { date: "2025-07-01", category: "culture_science_education_health_sports" });
  logActivity(db, w.tianjinKobe, w.tianjin, { date: "2025-08-01", category: "youth", archived: true });
  logActivity(db, w.tianjinKobe, w.tianjin, { date: "2026-01-05", category: "youth" });
  logDelegation(db, w.tianjinKobe, w.tianjin, { date: "2025-10-20", rank: "ministerial" });
  logDelegation(db, w.tianjinKobe, w.tianjin, { date: "2025-11-20", rank: "bureau", cancelled: true });
  // Another partnership's activity must not count.
  logActivity(db, w.tianjinIncheon, w.tianjin, { date: "2025-04-01", category: "online" });
});

describe("getEvaluationFacts", () => {
  it("counts the year evaluated and the four before, skipping archived and cancelled records and later years", () => {
    const facts = getEvaluationFacts(db, w.tianjinKobe, 2025);
    expect(facts.years).toEqual([2021, 2022, 2023, 2024, 2025]);
    expect(facts.activities).toEqual([1, 0, 0, 2, 3]);
    expect(facts.delegations).toEqual([0, 0, 0, 0, 1]);
    expect(eventsByYear(facts)).toEqual([1, 0, 0, 2, 4]);
    // (2.5+0.5)/(0.5+0.5) = 3 → rising fast.
    expect(facts.impliedTrend).toBe("rising_fast");
    expect(facts.topCategory).toBe("culture_science_education_health_sports");
    expect(facts.lastContact).toBe("2025-10-20");
  });

  it("says nothing happened for a partnership with an empty log", () => {
    const facts = getEvaluationFacts(db, w.qingdaoShimonoseki, 2025);
    expect(facts.activities).toEqual([0, 0, 0, 0, 0]);
    expect(facts).toMatchObject({ impliedTrend: "about_same", topCategory: null, lastContact: null });
  });
});

describe("getInteractionIndexBulk", () => {
  it("computes the index from the log with known answers", () => {
    const index = getInteractionIndexBulk(db, [w.tianjinKobe, w.qingdaoShimonoseki], 2025);
    // Tianjin–Kobe 2025: 52 years → 100; 2 categories → 40; mayor 40 + 1 official visit 10 → 50;
    // 99 participants → 74.08 → 74; 3 activities + 1 delegation = 4 of 6 → 66.67 → 67.
    // Total 0.1×100 + 0.2×40 + 0.2×50 + 0.2×74.08 + 0.3×66.67 = 10 + 8 + 10 + 14.82 + 20 = 62.82 → 63.
    expect(index.get(w.tianjinKobe)).toEqual({ length: 100, breadth: 40, depth: 50, intensity: 74, frequency: 67, total: 63 });
    // Qingdao–Shimonoseki: nothing logged; 46 years → 100 → total 10.
    expect(index.get(w.qingdaoShimonoseki)).toEqual({ length: 100, breadth: 0, depth: 0, intensity: 0, frequency: 0, total: 10 });
  });
});
