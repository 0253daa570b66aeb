import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, delegationMembers } from "@/db/schema";
import { createActivity } from "@/db/mutations/activities";
import { createDelegation, setDelegationArchived, updateDelegation } from "@/db/mutations/delegations";
import { AppError, StaleVersionError } from "@/lib/errors/app-error";
import { calendarSchema } from "@/lib/validation/activity-calendar";
import { delegationListSchema } from "@/lib/validation/delegation-list";
import { parseListParams } from "@/lib/validation/list-params";
import { activityInput, exchangeWorld, type ExchangeWorld } from "@/test/fixtures/activities";
import { getActivityDetail } from "./activities-detail";
import { partnershipTimeline } from "./activities-timeline";
import { calendarMonth, monthRange } from "./calendar";
import { copySources, delegationPeople } from "./delegations-copy";
import { getDelegationDetail } from "./delegations-detail";
import { listDelegations } from "./delegations";

const members = [
  { name: "佐藤 花子", title: "Director", organisation: "Port Bureau" },
  { name: "鈴木 一郎", title: null, organisation: null },
  { name: "Kim Min-jun", title: "Interpreter", organisation: null },
];

function delegationInput(w: ExchangeWorld, over: Record<string, unknown> = {}) {
  return {
    direction: "incoming" as const,
    partnershipIds: [w.p.tianjinKobe],
    ourLocalityId: null,
    leaderName: "山田 太郎",
    leaderTitle: "Vice-mayor",
    leaderRank: "bureau" as const,
    startDate: "2025-10-01",
    endDate: "2025-10-03",
    purpose: "Port cooperation",
    status: "completed" as const,
    outcomes: null,
    members,
    itinerary: [{ date: "2025-10-02", place: "Tianjin Port", description: "Port visit" }],
    activityIds: [] as number[],
    ...over,
  };
}

const params = (raw: Record<string, string> = {}) => parseListParams(delegationListSchema, raw);

describe("delegations", () => {
  it("records an incoming delegation with three members, linked to an activity both ways, in one audited write", () => {
    const w = exchangeWorld();
    const activity = createActivity(w.db, w.users.tianjin, activityInput([w.p.tianjinKobe]));
    const { id } = createDelegation(w.db, w.users.tianjin, delegationInput(w, { activityIds: [activity.id] }));
    const detail = getDelegationDetail(w.db, w.users.viewer, id);
    expect(detail?.members.map((m) => m.name)).toEqual(members.map((m) => m.name));
    expect(detail?.activities.map((a) => a.id)).toEqual([activity.id]);
    expect(detail?.canEdit).toBe(false);
    expect(getActivityDetail(w.db, w.users.tianjin, activity.id)?.delegations.map((d) => d.id)).toEqual([id]);
    expect(w.db.select().from(auditLog).where(eq(auditLog.entityType, "delegation")).all()).toHaveLength(1);
    const list = listDelegations(w.db, w.users.viewer, params({ direction: "incoming" }));
    expect(list.rows[0]).toMatchObject({ id, members: 3, leaderName: "山田 太郎" });
    expect(listDelegations(w.db, w.users.viewer, params({ q: "Kim Min" })).total).toBe(1);
    expect(listDelegations(w.db, w.users.viewer, params({ q: "神戸" })).total).toBe(1);
    expect(listDelegations(w.db, w.users.viewer, params({ direction: "outgoing" })).total).toBe(0);
    expect(partnershipTimeline(w.db, w.p.tianjinKobe).delegationCount).toBe(1);
  });

  it("refuses another locality's partnership or activity, and writes nothing", () => {
    const w = exchangeWorld();
    expect(() => createDelegation(w.db, w.users.tianjin, delegationInput(w, { partnershipIds: [w.p.qingdaoShimonoseki] }))).toThrow(
      AppError,
    );
    const qingdao = createActivity(w.db, w.users.shandong, activityInput([w.p.qingdaoShimonoseki]));
    expect(() => createDelegation(w.db, w.users.tianjin, delegationInput(w, { activityIds: [qingdao.id] }))).toThrow(AppError);
    expect(listDelegations(w.db, w.users.admin, params()).total).toBe(0);
    expect(w.db.select().from(delegationMembers).all()).toHaveLength(0);
  });

  it("replaces members on update at the right version, refuses a stale save, archives", () => {
    const w = exchangeWorld();
    const { id } = createDelegation(w.db, w.users.tianjin, delegationInput(w));
    updateDelegation(w.db, w.users.tianjin, { ...delegationInput(w, { members: members.slice(0, 1) }), id, version: 1 });
    expect(getDelegationDetail(w.db, w.users.admin, id)?.members).toHaveLength(1);
    expect(() => updateDelegation(w.db, w.users.tianjin, { ...delegationInput(w), id, version: 1 })).toThrow(StaleVersionError);
    expect(getDelegationDetail(w.db, w.users.admin, id)?.members).toHaveLength(1);
    expect(() => setDelegationArchived(w.db, w.users.shandong, { id, version: 2 }, true)).toThrow(AppError);
    setDelegationArchived(w.db, w.users.tianjin, { id, version: 2 }, true);
    expect(listDelegations(w.db, w.users.admin, params()).total).toBe(0);
    expect(listDelegations(w.db, w.users.admin, params({ archived: "1" })).total).toBe(1);
  });

  it("offers earlier outgoing delegations of the viewer's scope to copy people from", () => {
    const w = exchangeWorld();
    const { id } = createDelegation(w.db, w.users.tianjin, delegationInput(w, { direction: "outgoing" }));
    createDelegation(w.db, w.users.shandong, delegationInput(w, { direction: "outgoing", partnershipIds: [w.p.qingdaoShimonoseki] }));
    expect(copySources(w.db, w.users.tianjin).map((s) => s.id)).toEqual([id]);
    expect(copySources(w.db, w.users.admin)).toHaveLength(2);
    expect(copySources(w.db, w.users.viewer)).toHaveLength(0);
    expect(delegationPeople(w.db, id)?.members.map((m) => m.name)).toEqual(members.map((m) => m.name));
  });
});

describe("calendar", () => {
  it("shows activities and delegations touching the month, filtered like the lists", () => {
    const w = exchangeWorld();
    createActivity(
      w.db,
      w.users.admin,
      activityInput([w.p.tianjinKobe], { title: "Straddles", startDate: "2025-09-29", endDate: "2025-10-02" }),
    );
    createActivity(
      w.db,
      w.users.admin,
      activityInput([w.p.qingdaoShimonoseki], { title: "Beer", startDate: "2025-10-20", category: "economy_trade" }),
    );
    createActivity(w.db, w.users.admin, activityInput([w.p.tianjinKobe], { title: "November", startDate: "2025-11-01" }));
    createDelegation(w.db, w.users.admin, delegationInput(w));
    const month = (raw: Record<string, string>) =>
      calendarMonth(w.db, calendarSchema("2025-10-15").parse(raw))
        .items.map((i) => i.title)
        .sort();
    expect(month({ month: "2025-10" })).toEqual(["Beer", "Straddles", "山田 太郎"]);
    expect(month({ month: "2025-10", kind: "activities" })).toEqual(["Beer", "Straddles"]);
    expect(month({ month: "2025-10", category: "economy_trade" })).toEqual(["Beer"]);
    expect(month({ month: "2025-10", direction: "incoming" })).toEqual(["山田 太郎"]);
    expect(month({ month: "2025-10", province: "TJ" })).toEqual(["Straddles", "山田 太郎"]);
    expect(month({ month: "bogus" })).toEqual(["Beer", "Straddles", "山田 太郎"]);
    expect(monthRange("2024-02")).toEqual({ first: "2024-02-01", last: "2024-02-29" });
  });
});
