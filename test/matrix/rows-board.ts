import { partnerRequests } from "@/db/schema";
import { act } from "./call";
import type { Expectation, Row } from "./judge";
import { fresh, type Scope, type World } from "./world";

const B = "(app)/sharing/board/actions.ts#";

/** A post of ours belongs to its locality: its staff, its province's administrators and national ones change it. */
const localityOwned: Expectation = {
  national_admin: ["ok", "ok"],
  province_admin: ["ok", "refused"],
  city_staff: ["ok", "refused"],
  viewer: ["refused", "refused"],
  anonymous: ["signedOut", "signedOut"],
};
/** A foreign seeker's post belongs to the recording province: its administrators and national ones, never a city's staff. */
const provinceOwned: Expectation = { ...localityOwned, city_staff: ["refused", "refused"] };
/** Anyone who edits records responds, except the post's own office (own: Tianjin's post, so Tianjin's staff are refused). */
const responders: Expectation = { ...localityOwned, province_admin: ["ok", "ok"], city_staff: ["refused", "ok"] };

const form = (seekerLocalityId: number, extra: Record<string, unknown> = {}) => ({
  side: "ours",
  seekerLocalityId,
  wantedCountryCode: "JP",
  wantedProvinceCode: "",
  wantedRegion: "",
  wantedLevels: ["city"],
  purposes: ["widen_external_exchanges"],
  categories: ["youth"],
  title: fresh("Seeking"),
  description: "",
  closesOn: "2099-12-31",
  ...extra,
});
const foreignForm = (w: World) => form(w.partnerLocality(), { side: "foreign", wantedCountryCode: "", wantedProvinceCode: "TJ" });

/** An open post of the scope's locality (ours), or recorded by the scope's province (foreign side). */
function post(w: World, scope: Scope, side: "ours" | "foreign" = "ours"): number {
  const ours = side === "ours";
  return w.db
    .insert(partnerRequests)
    .values({
      side,
      seekerLocalityId: ours ? w.ours[scope] : w.partnerLocality(),
      ownerLocalityId: ours ? w.ours[scope] : null,
      ownerProvinceCode: scope === "own" ? "TJ" : "SD",
      wantedCountryCode: ours ? "JP" : null,
      wantedProvinceCode: ours ? null : "TJ",
      title: fresh("Post"),
    })
    .returning({ id: partnerRequests.id })
    .get().id;
}

export const boardRows: Row[] = [
  {
    target: `${B}createPartnerRequestAction`,
    variant: "a post of ours for the scope's locality",
    writes: true,
    expect: localityOwned,
    run: act((w, scope) => form(w.ours[scope])),
  },
  {
    target: `${B}createPartnerRequestAction`,
    variant: "a foreign locality's search, recorded by administrators",
    writes: true,
    scopes: ["own"],
    expect: { ...provinceOwned, province_admin: ["ok", "ok"] },
    run: act((w) => foreignForm(w)),
  },
  {
    target: `${B}updatePartnerRequestAction`,
    variant: "edit a post of ours",
    writes: true,
    expect: localityOwned,
    run: act((w, scope) => ({ ...form(w.ours[scope]), id: post(w, scope), version: 1 })),
  },
  {
    target: `${B}updatePartnerRequestAction`,
    variant: "edit a foreign seeker's post recorded by the scope's province",
    writes: true,
    expect: provinceOwned,
    run: act((w, scope) => ({ ...foreignForm(w), id: post(w, scope, "foreign"), version: 1 })),
  },
  {
    target: `${B}setPartnerRequestStatusAction`,
    variant: "mark a post of ours found",
    writes: true,
    expect: localityOwned,
    run: act((w, scope) => ({ id: post(w, scope), version: 1, status: "found" })),
  },
  {
    target: `${B}archivePartnerRequestAction`,
    variant: "archive a post of ours",
    writes: true,
    expect: localityOwned,
    run: act((w, scope) => ({ id: post(w, scope), version: 1 })),
  },
  {
    target: `${B}respondToPartnerRequestAction`,
    variant: "respond to a post of ours",
    writes: true,
    expect: responders,
    run: act((w, scope) => ({ requestId: post(w, scope), message: fresh("We can introduce you") })),
  },
];
