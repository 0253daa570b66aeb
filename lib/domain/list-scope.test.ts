import { describe, expect, it } from "vitest";
import { defaultListScope, listScope, ownListScopeKind } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer";
import { decideListScope, hasPlaceFilter, resolveScopeChoice } from "./list-scope";

const person = (role: Viewer["role"], scope: Partial<Pick<Viewer, "provinceCode" | "localityId">> = {}): Viewer => ({
  id: 1,
  email: "x@test.example",
  name: "X",
  role,
  provinceCode: scope.provinceCode ?? null,
  localityId: scope.localityId ?? null,
});
const national = person("national_admin");
const shandong = person("province_admin", { provinceCode: "SD" });
const tianjin = person("city_staff", { provinceCode: "TJ", localityId: 7 });
const reader = person("viewer", { provinceCode: "SD" });
const broken = person("city_staff");

describe("the lists' own scope", () => {
  it("opens on one's own locality or province; nationally for national administrators and readers", () => {
    expect(defaultListScope(tianjin)).toBe("mine");
    expect(defaultListScope(shandong)).toBe("mine");
    expect(defaultListScope(national)).toBe("all");
    expect(defaultListScope(reader)).toBe("all");
    expect(defaultListScope(broken)).toBe("all");
  });

  it("names what 'mine' means, for the switch's wording (我的城市 / 本省), and nothing without a scope", () => {
    expect(ownListScopeKind(tianjin)).toBe("locality");
    expect(ownListScopeKind(shandong)).toBe("province");
    expect([ownListScopeKind(national), ownListScopeKind(reader), ownListScopeKind(broken)]).toEqual([null, null, null]);
  });

  it("narrows 'mine' to the locality or province, and 'all' to nothing", () => {
    expect(listScope(tianjin, "mine")).toEqual({ kind: "locality", localityId: 7, provinceCode: "TJ" });
    expect(listScope(shandong, "mine")).toEqual({ kind: "province", provinceCode: "SD" });
    expect(listScope(reader, "mine")).toEqual({ kind: "nation" });
    for (const v of [tianjin, shandong, national, reader]) expect(listScope(v, "all")).toEqual({ kind: "nation" });
  });
});

describe("resolveScopeChoice", () => {
  const base = { url: undefined, cookie: undefined, placeFiltered: false, fallback: "mine" as const };
  it("takes the URL first, then a place filter (a link to a place), then the remembered choice, then the default", () => {
    expect(resolveScopeChoice({ ...base, url: "all", cookie: "mine", placeFiltered: true })).toBe("all");
    expect(resolveScopeChoice({ ...base, url: "mine", placeFiltered: true })).toBe("mine");
    expect(resolveScopeChoice({ ...base, cookie: "mine", placeFiltered: true })).toBe("all");
    expect(resolveScopeChoice({ ...base, cookie: "all" })).toBe("all");
    expect(resolveScopeChoice({ ...base, cookie: "garbage" })).toBe("mine");
    expect(resolveScopeChoice(base)).toBe("mine");
  });

  it("counts a locality, province, region or partnership as a place filter; a country or a search is not one", () => {
    expect(hasPlaceFilter({ locality: 3 })).toBe(true);
    expect(hasPlaceFilter({ province: "BJ" })).toBe(true);
    expect(hasPlaceFilter({ region: "west" })).toBe(true);
    expect(hasPlaceFilter({ partnership: 9 })).toBe(true);
    expect(hasPlaceFilter({ province: undefined, locality: "" })).toBe(false);
  });
});

describe("decideListScope", () => {
  it("gives city staff their locality by default, the nation when they switch, and remembers the switch", () => {
    expect(decideListScope(tianjin, {}, undefined)).toMatchObject({
      choice: "mine",
      own: "locality",
      within: { kind: "locality", localityId: 7 },
    });
    expect(decideListScope(tianjin, { scope: "all" }, undefined)).toMatchObject({ choice: "all", within: { kind: "nation" } });
    expect(decideListScope(tianjin, {}, "all")).toMatchObject({ choice: "all", within: { kind: "nation" } });
    expect(decideListScope(tianjin, { province: "SD" }, "mine")).toMatchObject({ choice: "all" });
  });

  it("has no switch for national administrators and readers: always the nation, whatever is asked", () => {
    for (const v of [national, reader]) {
      expect(decideListScope(v, { scope: "mine" }, "mine")).toEqual({ choice: "all", own: null, within: { kind: "nation" } });
    }
  });
});
