import { describe, expect, it } from "vitest";
import type { Viewer } from "./viewer";
import { canEditOffice, canPostAnnouncement, canReadAnnouncement, canReadOfficeRecord, isInAnnouncementAudience } from "./permissions";

const v = (role: Viewer["role"], provinceCode: string | null = null, localityId: number | null = null): Viewer => ({
  id: 1,
  email: "x@test",
  name: "x",
  role,
  provinceCode,
  localityId,
});
const nation = v("national_admin");
const shandong = v("province_admin", "SD");
const qingdao = v("city_staff", "SD", 7);
const reader = v("viewer", "SD");

describe("offices that may be a locality, a province alone or the nation", () => {
  it("lets a locality's records be edited as records.edit says, a province's by its administrators, the nation's by national ones", () => {
    const local = { ownerLocalityId: 7, ownerProvinceCode: "SD" };
    const province = { ownerLocalityId: null, ownerProvinceCode: "SD" };
    const national = { ownerLocalityId: null, ownerProvinceCode: null };
    expect([nation, shandong, qingdao, reader].map((x) => canEditOffice(x, local))).toEqual([true, true, true, false]);
    expect([nation, shandong, qingdao, reader].map((x) => canEditOffice(x, province))).toEqual([true, true, false, false]);
    expect([nation, shandong, qingdao, reader].map((x) => canEditOffice(x, national))).toEqual([true, false, false, false]);
    expect(canEditOffice(v("province_admin", "TJ"), province)).toBe(false);
    expect(canReadOfficeRecord(reader, province, true)).toBe(true);
    expect(canReadOfficeRecord(reader, province, false)).toBe(false);
    expect(canReadOfficeRecord(shandong, province, false)).toBe(true);
  });
});

describe("announcements", () => {
  it("lets national administrators post anywhere, a province's administrators to their province, nobody else", () => {
    expect([null, "SD", "TJ"].map((a) => canPostAnnouncement(nation, a))).toEqual([true, true, true]);
    expect([null, "SD", "TJ"].map((a) => canPostAnnouncement(shandong, a))).toEqual([false, true, false]);
    expect([null, "SD"].map((a) => canPostAnnouncement(qingdao, a))).toEqual([false, false]);
    expect(canPostAnnouncement(v("province_admin", null), null)).toBe(false);
  });

  it("addresses everyone's to all and a province's to its people; the office reads its own, even withdrawn", () => {
    expect(isInAnnouncementAudience(v("city_staff", "TJ", 3), "SD")).toBe(false);
    expect(isInAnnouncementAudience(reader, "SD")).toBe(true);
    expect(isInAnnouncementAudience(v("viewer"), null)).toBe(true);
    const withdrawn = { audienceProvinceCode: "SD", ownerProvinceCode: "SD", archived: true };
    expect(canReadAnnouncement(qingdao, withdrawn)).toBe(false);
    expect(canReadAnnouncement(shandong, withdrawn)).toBe(true);
    expect(canReadAnnouncement(qingdao, { ...withdrawn, archived: false })).toBe(true);
  });
});
