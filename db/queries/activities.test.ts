import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { activities, auditLog } from "@/db/schema";
import { createActivity, setActivityArchived, updateActivity } from "@/db/mutations/activities";
import { AppError, StaleVersionError } from "@/lib/errors/app-error";
import { activityListSchema } from "@/lib/validation/activity-list";
import { parseListParams } from "@/lib/validation/list-params";
import { activityInput, exchangeWorld } from "@/test/fixtures/activities";
import { listActivities } from "./activities";
import { lastActivitySql } from "./partnerships-filter";
import { listPartnerships } from "./partnerships-list";
import { partnershipListSchema } from "@/lib/validation/partnership-list";
import { partnershipTimeline } from "./activities-timeline";
import { searchPartnershipOptions } from "./partnership-options";

const params = (raw: Record<string, string> = {}) => parseListParams(activityListSchema, raw);

describe("activity log", () => {
  it("logs one activity for two partnerships, audited, and lists it once with both partners", () => {
    const w = exchangeWorld();
    const { id } = createActivity(w.db, w.users.tianjin, activityInput([w.p.tianjinKobe, w.p.tianjinIncheon]));
    const row = w.db.select().from(activities).where(eq(activities.id, id)).get();
    expect(row?.organiserLocalityId).toBe(w.localities.tianjin);
    expect(w.db.select().from(auditLog).where(eq(auditLog.entityType, "activity")).all()).toHaveLength(1);
    const list = listActivities(w.db, w.users.viewer, params());
    expect(list.total).toBe(1);
    expect(list.rows[0]?.partners.map((p) => p.romanised).sort()).toEqual(["Incheon", "Kōbe"]);
  });

  it("refuses another locality's partnership for city staff and writes nothing", () => {
    const w = exchangeWorld();
    let caught: unknown;
    try {
      createActivity(w.db, w.users.tianjin, activityInput([w.p.tianjinKobe, w.p.qingdaoShimonoseki]));
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AppError);
    expect((caught as AppError).code).toBe("forbidden");
    expect((caught as AppError).fieldErrors.partnershipIds).toBeDefined();
    expect(w.db.select().from(activities).all()).toHaveLength(0);
    expect(w.db.select().from(auditLog).all()).toHaveLength(0);
  });

  it("lets a province admin log for their province only, and a viewer nothing", () => {
    const w = exchangeWorld();
    expect(() => createActivity(w.db, w.users.shandong, activityInput([w.p.qingdaoShimonoseki]))).not.toThrow();
    expect(() => createActivity(w.db, w.users.shandong, activityInput([w.p.tianjinKobe]))).toThrow(AppError);
    expect(() => createActivity(w.db, w.users.viewer, activityInput([w.p.tianjinKobe]))).toThrow(AppError);
  });

  it("refuses an organiser that is not ours in any chosen partnership", () => {
    const w = exchangeWorld();
    expect(() =>
      createActivity(w.db, w.users.admin, activityInput([w.p.tianjinKobe], { organiserLocalityId: w.localities.qingdao })),
    ).toThrow(AppError);
  });

  it("updates at the right version, refuses a stale one, archives and restores", () => {
    const w = exchangeWorld();
    const { id } = createActivity(w.db, w.users.tianjin, activityInput([w.p.tianjinKobe]));
    updateActivity(w.db, w.users.tianjin, { ...activityInput([w.p.tianjinIncheon], { title: "Renamed" }), id, version: 1 } as never);
    expect(() => updateActivity(w.db, w.users.tianjin, { ...activityInput([w.p.tianjinKobe]), id, version: 1 } as never)).toThrow(
      StaleVersionError,
    );
    expect(listActivities(w.db, w.users.admin, params({ partnership: String(w.p.tianjinIncheon) })).rows[0]?.title).toBe("Renamed");
    expect(listActivities(w.db, w.users.admin, params({ partnership: String(w.p.tianjinKobe) })).total).toBe(0);
    expect(() => setActivityArchived(w.db, w.users.shandong, { id, version: 2 }, true)).toThrow(AppError);
    setActivityArchived(w.db, w.users.tianjin, { id, version: 2 }, true);
    expect(listActivities(w.db, w.users.admin, params()).total).toBe(0);
    expect(listActivities(w.db, w.users.admin, params({ archived: "1" })).total).toBe(1);
    setActivityArchived(w.db, w.users.tianjin, { id, version: 3 }, false);
    expect(listActivities(w.db, w.users.admin, params()).total).toBe(1);
  });

  it("filters by dates (overlap), category, country, province and text in any script; sorts and pages", () => {
    const w = exchangeWorld();
    createActivity(
      w.db,
      w.users.admin,
      activityInput([w.p.tianjinKobe], { title: "Port forum", category: "economy_trade", startDate: "2024-03-01", endDate: "2024-03-05" }),
    );
    createActivity(
      w.db,
      w.users.admin,
      activityInput([w.p.tianjinIncheon], {
        title: "Choir tour",
        category: "culture_science_education_health_sports",
        startDate: "2025-05-01",
      }),
    );
    createActivity(w.db, w.users.admin, activityInput([w.p.qingdaoShimonoseki], { title: "Beer festival 100%", startDate: "2025-08-01" }));
    const titles = (raw: Record<string, string>) => listActivities(w.db, w.users.viewer, params(raw)).rows.map((r) => r.title);
    expect(titles({ from: "2024-03-04", to: "2024-03-10" })).toEqual(["Port forum"]);
    expect(titles({ category: "economy_trade" })).toEqual(["Port forum"]);
    expect(titles({ country: "KR" })).toEqual(["Choir tour"]);
    expect(titles({ province: "SD" })).toEqual(["Beer festival 100%"]);
    expect(titles({ region: "east", sort: "title", dir: "asc" })).toEqual(["Beer festival 100%", "Choir tour", "Port forum"]);
    expect(titles({ q: "神戸" })).toEqual(["Port forum"]);
    expect(titles({ q: "KOBE" })).toEqual(["Port forum"]);
    expect(titles({ q: "100%" })).toEqual(["Beer festival 100%"]);
    expect(titles({ q: "%" })).toEqual(["Beer festival 100%"]);
    expect(titles({ q: "tianjin incheon" })).toEqual(["Choir tour"]);
    const page = listActivities(w.db, w.users.viewer, params({ pageSize: "10", page: "2" }));
    expect(page).toMatchObject({ total: 3, rows: [] });
  });
});

describe("partnership pickers, timeline and registry figures", () => {
  it("offers only editable partnerships when picking for a write, found in any script", () => {
    const w = exchangeWorld();
    const ids = (viewer: keyof typeof w.users, q: string, forWrite = true) =>
      searchPartnershipOptions(w.db, w.users[viewer], { q, forWrite }).map((o) => o.id);
    expect(ids("tianjin", "").sort()).toEqual([w.p.tianjinKobe, w.p.tianjinIncheon].sort());
    expect(ids("tianjin", "shimonoseki")).toEqual([]);
    expect(ids("tianjin", "shimonoseki", false)).toEqual([w.p.qingdaoShimonoseki]);
    expect(ids("shandong", "下関")).toEqual([w.p.qingdaoShimonoseki]);
    expect(ids("admin", "인천")).toEqual([w.p.tianjinIncheon]);
    expect(ids("viewer", "")).toEqual([]);
  });

  it("counts the last activity and the last 12 months from the log, ignoring archived and planned ones", () => {
    const w = exchangeWorld();
    createActivity(w.db, w.users.admin, activityInput([w.p.tianjinKobe], { startDate: "2025-12-01" }));
    createActivity(w.db, w.users.admin, activityInput([w.p.tianjinKobe, w.p.tianjinIncheon], { startDate: "2026-06-01" }));
    createActivity(w.db, w.users.admin, activityInput([w.p.tianjinKobe], { startDate: "2024-01-01" }));
    createActivity(w.db, w.users.admin, activityInput([w.p.tianjinKobe], { startDate: "2027-01-01" }));
    const { id } = createActivity(w.db, w.users.admin, activityInput([w.p.tianjinKobe], { startDate: "2026-11-01" }));
    setActivityArchived(w.db, w.users.admin, { id, version: 1 }, true);
    const figures = (today: string) =>
      new Map(
        listPartnerships(w.db, parseListParams(partnershipListSchema, {}), { locale: "en", today }).rows.map((r) => [
          r.id,
          { last: r.lastActivity, n: r.activities12m },
        ]),
      );
    const now = figures("2026-11-23");
    expect(now.get(w.p.tianjinKobe)).toEqual({ last: "2026-06-01", n: 2 });
    expect(now.get(w.p.tianjinIncheon)).toEqual({ last: "2026-06-01", n: 1 });
    expect(now.get(w.p.qingdaoShimonoseki)).toEqual({ last: null, n: 0 });
    // The same SQL as of another day: the planned activity has happened, the one of 2025-12-01 has left the window.
    expect(figures("2027-01-01").get(w.p.tianjinKobe)).toEqual({ last: "2027-01-01", n: 2 });
    const [one] = w.db.all<{ last: string | null }>(sql`select ${lastActivitySql(sql`${w.p.tianjinKobe}`, "2026-05-31")} as last`);
    expect(one?.last).toBe("2025-12-01");
  });

  it("shows a partnership's activities newest first on its timeline", () => {
    const w = exchangeWorld();
    createActivity(w.db, w.users.admin, activityInput([w.p.tianjinKobe], { title: "Old", startDate: "2019-01-01" }));
    createActivity(w.db, w.users.admin, activityInput([w.p.tianjinKobe, w.p.tianjinIncheon], { title: "New", startDate: "2025-01-01" }));
    const kobe = partnershipTimeline(w.db, w.p.tianjinKobe);
    expect(kobe.entries.map((e) => (e.kind === "activity" ? e.title : ""))).toEqual(["New", "Old"]);
    expect(partnershipTimeline(w.db, w.p.tianjinIncheon).activityCount).toBe(1);
  });
});
