import { savedViews } from "@/db/schema";
import type { Viewer } from "@/lib/auth/viewer";
import { addUser } from "@/test/test-db";
import { act } from "./call";
import type { Expectation, Row } from "./judge";
import { fresh, type Scope, type World } from "./world";

const S = "(app)/saved-views/actions.ts#";

/** Anyone signed in keeps views; only the owner changes one ("foreign": someone else's). */
const ownerOnly: Expectation = {
  national_admin: ["ok", "refused"],
  province_admin: ["ok", "refused"],
  city_staff: ["ok", "refused"],
  viewer: ["ok", "refused"],
  anonymous: ["signedOut", "signedOut"],
};
/** Sharing needs an office: a reader has none. */
const sharers: Expectation = { ...ownerOnly, viewer: ["refused", "refused"] };
const anyone: Expectation = { ...ownerOnly, viewer: ["ok", "ok"] };

function insertView(w: World, owner: Viewer, shared: boolean): number {
  return w.db
    .insert(savedViews)
    .values({
      ownerId: owner.id,
      list: "activities",
      name: fresh("View"),
      query: "category=youth",
      shared,
      officeLocalityId: owner.localityId,
      officeProvinceCode: owner.localityId ? null : owner.provinceCode,
    })
    .returning({ id: savedViews.id })
    .get().id;
}

/** The view a case acts on: the caller's own ("own"), or one another office shares ("foreign"); the anonymous caller gets the administrator's. */
function target(w: World, scope: Scope, viewer: Viewer | null): number {
  if (scope === "own") return insertView(w, viewer ?? w.admin, false);
  return insertView(w, w.foreignStaff, true);
}

/** A view shared within the caller's own office by a colleague of the same role: seen, never changed. */
function colleagues(w: World, viewer: Viewer | null): number {
  const owner = viewer
    ? addUser(w.db, viewer.role, { provinceCode: viewer.provinceCode ?? undefined, localityId: viewer.localityId ?? undefined })
    : w.admin;
  return insertView(w, owner, true);
}

export const savedViewRows: Row[] = [
  {
    target: `${S}createSavedViewAction`,
    variant: "a private view (anyone signed in)",
    writes: true,
    scopes: ["own"],
    expect: anyone,
    run: act(() => ({ list: "activities", name: fresh("Youth"), query: "category=youth&page=2&scope=mine", shared: false })),
  },
  {
    target: `${S}createSavedViewAction`,
    variant: "shared with one's office (readers have none)",
    writes: true,
    scopes: ["own"],
    expect: sharers,
    run: act(() => ({ list: "partnerships", name: fresh("Japan"), query: "country=JP", shared: true })),
  },
  {
    target: `${S}updateSavedViewAction`,
    variant: "rename one's own view / another office's",
    writes: true,
    expect: ownerOnly,
    run: act((w, scope, viewer) => ({ id: target(w, scope, viewer), version: 1, name: fresh("Renamed"), shared: false })),
  },
  {
    target: `${S}updateSavedViewAction`,
    variant: "a colleague's shared view is not one's own (own: a colleague in the same office)",
    writes: true,
    scopes: ["own"],
    expect: {
      ...ownerOnly,
      national_admin: ["refused", "refused"],
      province_admin: ["refused", "refused"],
      city_staff: ["refused", "refused"],
      viewer: ["refused", "refused"],
    },
    run: act((w, _scope, viewer) => ({ id: colleagues(w, viewer), version: 1, name: fresh("Hijacked"), shared: true })),
  },
  {
    target: `${S}archiveSavedViewAction`,
    variant: "archive one's own view / another office's",
    writes: true,
    expect: ownerOnly,
    run: act((w, scope, viewer) => ({ id: target(w, scope, viewer), version: 1 })),
  },
];
