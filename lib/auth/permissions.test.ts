import { describe, expect, it } from "vitest";
import { SQLiteSyncDialect } from "drizzle-orm/sqlite-core";
import { sql } from "drizzle-orm";
import {
  assignableRoles,
  can,
  canManageUser,
  canSeeContactDetails,
  contactDetailsCondition,
  canOpenSection,
  hasCapability,
  isOwnSubmission,
  roleScopeField,
  scopeCondition,
  scopeContains,
  scopeFor,
  statisticsScope,
  viewerScope,
} from "./permissions";
import type { Viewer } from "./viewer";

const base = { email: "x@example.org", name: "X" };
const national: Viewer = { ...base, id: 1, role: "national_admin", provinceCode: null, localityId: null };
const shandong: Viewer = { ...base, id: 2, role: "province_admin", provinceCode: "SD", localityId: null };
const tianjinStaff: Viewer = { ...base, id: 3, role: "city_staff", provinceCode: "TJ", localityId: 10 };
const viewer: Viewer = { ...base, id: 4, role: "viewer", provinceCode: null, localityId: null };

const tianjinRecord = { ownerLocalityId: 10, ownerProvinceCode: "TJ" };
const qingdaoRecord = { ownerLocalityId: 20, ownerProvinceCode: "SD" };

describe("can", () => {
  it("lets everyone signed in read every record", () => {
    for (const v of [national, shandong, tianjinStaff, viewer]) expect(can(v, "records.read", qingdaoRecord)).toBe(true);
  });

  it("scopes edits by nation, province and locality", () => {
    expect(can(national, "records.edit", qingdaoRecord)).toBe(true);
    expect(can(shandong, "records.edit", qingdaoRecord)).toBe(true);
    expect(can(shandong, "records.edit", tianjinRecord)).toBe(false);
    expect(can(tianjinStaff, "records.edit", tianjinRecord)).toBe(true);
    expect(can(tianjinStaff, "records.edit", qingdaoRecord)).toBe(false);
  });

  it("never lets a viewer write", () => {
    expect(can(viewer, "records.edit", tianjinRecord)).toBe(false);
    expect(can(viewer, "records.edit")).toBe(false);
    expect(hasCapability(viewer, "evaluations.answer")).toBe(false);
  });

  it("fails closed: a scoped capability without a record is refused, even to the nation", () => {
    for (const v of [national, shandong, tianjinStaff]) {
      for (const c of ["records.edit", "localities.edit", "evaluations.answer"] as const) {
        expect(can(v, c)).toBe(false);
        expect(can(v, c, null)).toBe(false);
        expect(hasCapability(v, c)).toBe(true);
      }
    }
    expect(can(national, "localities.merge")).toBe(false);
    expect(can(national, "evaluations.review", undefined)).toBe(false);
    // Capabilities that belong to the role alone still answer without a record.
    expect(can(national, "campaigns.manage")).toBe(true);
    expect(can(viewer, "records.read")).toBe(true);
    expect(can(shandong, "reports.export")).toBe(true);
    expect(can(shandong, "audit.read")).toBe(false);
  });

  it("refuses a province administrator without a province", () => {
    expect(can({ ...shandong, provinceCode: null }, "records.edit", { ownerLocalityId: 1, ownerProvinceCode: null })).toBe(false);
  });

  it("keeps the audit log and campaigns national", () => {
    expect(hasCapability(national, "audit.read")).toBe(true);
    expect(hasCapability(shandong, "audit.read")).toBe(false);
    expect(hasCapability(shandong, "campaigns.manage")).toBe(false);
  });
});

describe("user management", () => {
  it("lets a province administrator manage only city staff and viewers of their province", () => {
    expect(canManageUser(shandong, { role: "city_staff", provinceCode: "SD" })).toBe(true);
    expect(canManageUser(shandong, { role: "city_staff", provinceCode: "TJ" })).toBe(false);
    expect(canManageUser(shandong, { role: "province_admin", provinceCode: "SD" })).toBe(false);
    expect(canManageUser(shandong, { role: "national_admin", provinceCode: null })).toBe(false);
    expect(canManageUser(tianjinStaff, { role: "viewer", provinceCode: "TJ" })).toBe(false);
    expect(assignableRoles(shandong)).toEqual(["city_staff", "viewer"]);
    expect(assignableRoles(viewer)).toEqual([]);
  });
});

describe("navigation", () => {
  it("shows administration to administrators only, and evaluations not to viewers", () => {
    expect(canOpenSection(national, "administration")).toBe(true);
    expect(canOpenSection(shandong, "administration")).toBe(true);
    expect(canOpenSection(tianjinStaff, "administration")).toBe(false);
    expect(canOpenSection(viewer, "evaluations")).toBe(false);
    expect(canOpenSection(viewer, "partnerships")).toBe(true);
  });
});

describe("scopes", () => {
  it("come from the role and the account's province or locality, none when missing", () => {
    expect(viewerScope(national)).toEqual({ kind: "nation" });
    expect(viewerScope(shandong)).toEqual({ kind: "province", provinceCode: "SD" });
    expect(viewerScope(tianjinStaff)).toEqual({ kind: "locality", localityId: 10, provinceCode: "TJ" });
    expect(viewerScope(viewer)).toEqual({ kind: "none" });
    expect(viewerScope({ ...shandong, provinceCode: null })).toEqual({ kind: "none" });
    expect(viewerScope({ ...tianjinStaff, localityId: null })).toEqual({ kind: "none" });
    expect(scopeFor(tianjinStaff, "evaluations.review")).toEqual({ kind: "none" });
    expect(scopeFor(shandong, "evaluations.review")).toEqual({ kind: "province", provinceCode: "SD" });
    expect(statisticsScope(viewer)).toEqual({ kind: "nation" });
    expect(statisticsScope(tianjinStaff)).toEqual(viewerScope(tianjinStaff));
  });

  it("contain what lies within them", () => {
    const sd = { kind: "province", provinceCode: "SD" } as const;
    expect(scopeContains({ kind: "nation" }, sd)).toBe(true);
    expect(scopeContains(sd, sd)).toBe(true);
    expect(scopeContains(sd, { kind: "locality", localityId: 20, provinceCode: "SD" })).toBe(true);
    expect(scopeContains(sd, { kind: "locality", localityId: 10, provinceCode: "TJ" })).toBe(false);
    expect(scopeContains(sd, { kind: "nation" })).toBe(false);
    expect(scopeContains(viewerScope(tianjinStaff), { kind: "province", provinceCode: "TJ" })).toBe(false);
    expect(scopeContains(viewerScope(tianjinStaff), { kind: "locality", localityId: 10, provinceCode: "TJ" })).toBe(true);
    expect(scopeContains({ kind: "none" }, { kind: "none" })).toBe(false);
    expect(scopeContains({ kind: "nation" }, { kind: "none" })).toBe(false);
  });

  it("become one SQL condition: none for the nation, false for none", () => {
    const dialect = new SQLiteSyncDialect();
    const columns = { localityId: sql.raw("o.id"), provinceCode: sql.raw("o.province_code") };
    const render = (s: ReturnType<typeof scopeCondition>) => {
      if (!s) return undefined;
      const q = dialect.sqlToQuery(s);
      return { sql: q.sql, params: q.params };
    };
    expect(render(scopeCondition(viewerScope(national), columns))).toBeUndefined();
    expect(render(scopeCondition(viewerScope(shandong), columns))).toEqual({ sql: "o.province_code = ?", params: ["SD"] });
    expect(render(scopeCondition(viewerScope(tianjinStaff), columns))).toEqual({ sql: "o.id = ?", params: [10] });
    expect(render(scopeCondition(viewerScope(viewer), columns))).toEqual({ sql: "0", params: [] });
  });
});

describe("review", () => {
  it("is never by the one who submitted", () => {
    expect(isOwnSubmission(shandong, { submittedBy: shandong.id })).toBe(true);
    expect(isOwnSubmission(national, { submittedBy: shandong.id })).toBe(false);
    expect(isOwnSubmission(national, { submittedBy: null })).toBe(false);
  });
});

describe("user scope fields", () => {
  it("ask a province of province administrators (and optionally viewers), a locality of city staff", () => {
    expect(roleScopeField("province_admin")).toEqual({ province: "required", locality: false });
    expect(roleScopeField("viewer")).toEqual({ province: "optional", locality: false });
    expect(roleScopeField("city_staff")).toEqual({ province: "none", locality: true });
    expect(roleScopeField("national_admin")).toEqual({ province: "none", locality: false });
  });
});

describe("contacts' personal details", () => {
  it("are seen by the record's own office only: its city's staff, its province's administrators, the national administrators", () => {
    expect(canSeeContactDetails(tianjinStaff, tianjinRecord)).toBe(true);
    expect(canSeeContactDetails(tianjinStaff, qingdaoRecord)).toBe(false);
    expect(canSeeContactDetails(shandong, qingdaoRecord)).toBe(true);
    expect(canSeeContactDetails(shandong, tianjinRecord)).toBe(false);
    expect(canSeeContactDetails(national, qingdaoRecord)).toBe(true);
    expect(canSeeContactDetails(viewer, qingdaoRecord)).toBe(false);
    expect(canSeeContactDetails(tianjinStaff, { ownerLocalityId: null, ownerProvinceCode: null })).toBe(false);
  });

  it("as a list condition: every row for the nation, the viewer's scope otherwise, none for readers", () => {
    const dialect = new SQLiteSyncDialect();
    const columns = { localityId: sql.raw("o.id"), provinceCode: sql.raw("o.province_code") };
    const render = (viewerOf: Viewer) => {
      const s = contactDetailsCondition(viewerOf, columns);
      if (!s) return undefined;
      const q = dialect.sqlToQuery(s);
      return { sql: q.sql, params: q.params };
    };
    expect(render(national)).toBeUndefined();
    expect(render(shandong)).toEqual({ sql: "o.province_code = ?", params: ["SD"] });
    expect(render(tianjinStaff)).toEqual({ sql: "o.id = ?", params: [10] });
    expect(render(viewer)).toEqual({ sql: "0", params: [] });
  });
});
