import { describe, expect, it } from "vitest";
import { assignableRoles, can, canManageUser, canOpenSection, hasCapability } from "./permissions";
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
