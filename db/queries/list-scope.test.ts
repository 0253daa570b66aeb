import { describe, expect, it } from "vitest";
import { activities, delegations } from "@/db/schema";
import { iterateRows } from "@/db/queries/exports/reader";
import { decideListScope } from "@/lib/domain/list-scope";
import { activityListSchema } from "@/lib/validation/activity-list";
import { calendarSchema } from "@/lib/validation/activity-calendar";
import { delegationListSchema } from "@/lib/validation/delegation-list";
import { parseListParams } from "@/lib/validation/list-params";
import { partnershipListSchema } from "@/lib/validation/partnership-list";
import { addUser } from "@/test/test-db";
import { listActivities } from "./activities";
import { exchangeWorld, type ExchangeWorld } from "@/test/fixtures/activities";
import { calendarMonth } from "./calendar";
import { listDelegations } from "./delegations";
import { activityExportQuery, activityExportSelection } from "./exports/activities";
import { listPartnerships } from "./partnerships-list";

/** Two activities and a delegation in Tianjin (TJ), one activity and a delegation in Qingdao (SD). */
function world(): ExchangeWorld {
  const w = exchangeWorld();
  const activity = (title: string, organiserLocalityId: number) =>
    w.db
      .insert(activities)
      .values({ title, category: "official_visit", startDate: "2025-07-01", location: "here", organiserLocalityId })
      .run();
  activity("Tianjin robotics camp", w.localities.tianjin);
  activity("Tianjin port forum", w.localities.tianjin);
  activity("Qingdao beer week", w.localities.qingdao);
  const delegation = (ourLocalityId: number) =>
    w.db
      .insert(delegations)
      .values({
        direction: "outgoing",
        ourLocalityId,
        leaderName: "Leader",
        leaderRank: "bureau",
        startDate: "2025-07-02",
        status: "completed",
      })
      .run();
  delegation(w.localities.tianjin);
  delegation(w.localities.qingdao);
  return w;
}

const activityParams = (raw: Record<string, string> = {}) => parseListParams(activityListSchema, raw);

describe("lists narrowed to the viewer's own scope", () => {
  it("shows city staff only their locality's activities by default, and every one with scope=all", () => {
    const w = world();
    const staff = w.users.tianjin;
    const mine = activityParams();
    const scoped = listActivities(w.db, staff, { ...mine, within: decideListScope(staff, mine, undefined).within });
    expect(scoped.total).toBe(2);
    expect(scoped.rows.every((r) => r.organiserId === w.localities.tianjin)).toBe(true);
    const all = activityParams({ scope: "all" });
    expect(listActivities(w.db, staff, { ...all, within: decideListScope(staff, all, undefined).within }).total).toBe(3);
  });

  it("remembers the switch: without scope= in the URL, the cookie's choice holds", () => {
    const w = world();
    const p = activityParams();
    expect(listActivities(w.db, w.users.tianjin, { ...p, within: decideListScope(w.users.tianjin, p, "all").within }).total).toBe(3);
  });

  it("narrows a province administrator to the province, and never a national administrator or reader", () => {
    const w = world();
    const p = activityParams();
    expect(
      listActivities(w.db, w.users.shandong, { ...p, within: decideListScope(w.users.shandong, p, undefined).within }).rows.map(
        (r) => r.title,
      ),
    ).toEqual(["Qingdao beer week"]);
    for (const v of [w.users.admin, w.users.viewer])
      expect(listActivities(w.db, v, { ...p, within: decideListScope(v, p, undefined).within }).total).toBe(3);
  });

  it("lets an explicit place filter (a dashboard's or a record page's link) open nationally", () => {
    const w = world();
    const p = activityParams({ province: "SD" });
    expect(listActivities(w.db, w.users.tianjin, { ...p, within: decideListScope(w.users.tianjin, p, "mine").within }).total).toBe(1);
  });

  it("narrows delegations, partnerships and the calendar by the same rule", () => {
    const w = world();
    const staff = w.users.tianjin;
    const d = parseListParams(delegationListSchema, {});
    expect(listDelegations(w.db, staff, { ...d, within: decideListScope(staff, d, undefined).within }).total).toBe(1);
    expect(listDelegations(w.db, staff, d).total).toBe(2);
    const p = parseListParams(partnershipListSchema, {});
    const partnerships = listPartnerships(
      w.db,
      { ...p, within: decideListScope(staff, p, undefined).within },
      { locale: "en", today: "2026-01-01" },
    );
    expect(partnerships.rows.map((r) => r.ours.id)).toEqual([w.localities.tianjin, w.localities.tianjin]);
    expect(listPartnerships(w.db, p, { locale: "en", today: "2026-01-01" }).total).toBe(3);
    const c = parseListParams(calendarSchema("2025-07-15"), {});
    expect(calendarMonth(w.db, { ...c, within: decideListScope(staff, c, undefined).within }).items).toHaveLength(3);
    expect(calendarMonth(w.db, c).items).toHaveLength(5);
  });

  it("exports what the list shows: the same scope, every page", () => {
    const w = world();
    const staff = addUser(w.db, "city_staff", { provinceCode: "TJ", localityId: w.localities.tianjin });
    const p = activityParams({ pageSize: "10" });
    const within = decideListScope(staff, p, undefined).within;
    const rows = [...iterateRows(w.db.$client, activityExportQuery(w.db, { ...p, within }), activityExportSelection)];
    expect(rows).toHaveLength(listActivities(w.db, staff, { ...p, within }).total);
    expect(rows).toHaveLength(2);
  });
});
