import "server-only";
import { notFound } from "next/navigation";
import { getLocale } from "next-intl/server";
import { getDb } from "@/db/client";
import { countryChoices, provinceChoices } from "@/db/queries/localities-options";
import { foreignMatches, neighboursWithCountry, ourMatches } from "@/db/queries/partner-matches";
import { getPartnerRequest, type PartnerRequestDetail } from "@/db/queries/partner-requests";
import { canEditOffice, canRespondToPartnerRequest, isOwnOffice, viewerScope } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer";
import type { Locale, Region, SeekingSide } from "@/lib/domain/enums";
import { optionalInt } from "@/lib/validation/list-params";
import { pickerOption } from "./partnership-form";

/** The post a page's `[id]` names (a malformed, unknown or archived one is a 404), and what the viewer may do with it. */
export function loadPartnerRequest(viewer: Viewer, rawId: string) {
  const id = optionalInt(1, 2_147_483_647).parse(rawId);
  const post = id ? getPartnerRequest(getDb(), id) : undefined;
  if (!post) notFound();
  return {
    post,
    canEdit: canEditOffice(viewer, post),
    canRespond: canRespondToPartnerRequest(viewer, post),
    ownOffice: isOwnOffice(viewer, post),
  };
}

/**
 * What the post form needs besides its values: the seeker as the picker shows it (city staff's
 * own locality, fixed, for a new post of ours), where the picker searches (a province's
 * administrators: their province), and the places to choose from.
 */
export async function partnerRequestFormContext(viewer: Viewer, side: SeekingSide, seekerLocalityId?: number) {
  const locale = (await getLocale()) as Locale;
  const db = getDb();
  const scope = viewerScope(viewer);
  const seekerFixed = side === "ours" && scope.kind === "locality";
  const seekerId = seekerLocalityId ?? (seekerFixed ? viewer.localityId : null);
  return {
    side,
    seeker: pickerOption(db, seekerId),
    seekerFixed,
    provinceCode: side === "ours" && scope.kind === "province" ? scope.provinceCode : undefined,
    countries: countryChoices(db, locale, { abroadOnly: true }),
    provinces: provinceChoices(db, locale),
  };
}

/**
 * A post's matches: for ours, the wanted country's localities (with who could introduce) and the
 * seeker's provincial neighbours with partners there; for a foreign seeker, our localities in the area sought.
 */
export function partnerRequestMatches(post: PartnerRequestDetail) {
  const db = getDb();
  const levels = post.wantedLevels;
  if (post.side === "ours") {
    const countryCode = post.wantedCountryCode;
    if (!countryCode) return { side: "ours" as const, foreign: [], neighbours: [] };
    return {
      side: "ours" as const,
      foreign: foreignMatches(db, { seekerLocalityId: post.seeker.id, countryCode, levels }),
      neighbours: post.seeker.provinceCode
        ? neighboursWithCountry(db, { seekerLocalityId: post.seeker.id, provinceCode: post.seeker.provinceCode, countryCode })
        : [],
    };
  }
  return {
    side: "foreign" as const,
    ours: ourMatches(db, {
      seekerLocalityId: post.seeker.id,
      countryCode: post.seeker.countryCode,
      provinceCode: post.wantedProvinceCode,
      region: post.wantedRegion as Region | null,
      levels,
    }),
  };
}
