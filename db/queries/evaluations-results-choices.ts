import { and, desc, eq, isNull, ne } from "drizzle-orm";
import type { DbOrTx } from "@/db/connection";
import { countries, evaluationCampaigns, evaluations, partnerships, provinces } from "@/db/schema";
import { scopeCondition, scopeContains, viewerScope } from "@/lib/auth/permissions";
import { byDisplayName } from "@/lib/domain/display-order";
import type { Viewer } from "@/lib/auth/viewer";
import { ours, partner } from "./evaluation-answer-filter";

/**
 * The choices of the results page's filters, within the viewer's scope: provinces (by the displayed name),
 * the localities of ours that answer in the campaign (only once a province is chosen, or for a province's
 * administrator: a nation's localities would be thousands), the partner countries and the other campaigns.
 */
export function getResultsChoices(db: DbOrTx, viewer: Viewer, campaignId: number, province: string | undefined, zh: boolean) {
  const scope = viewerScope(viewer);
  const provinceRows = byDisplayName(
    db
      .select({ code: provinces.code, nameEn: provinces.nameEn, nameZh: provinces.nameZh })
      .from(provinces)
      .all()
      .filter((p) => scopeContains(scope, { kind: "province", provinceCode: p.code }))
      .map((p) => ({ value: p.code, label: zh ? p.nameZh : p.nameEn })),
    zh,
  );
  const campaignScope = and(
    eq(evaluations.campaignId, campaignId),
    scopeCondition(scope, { localityId: evaluations.localityId, provinceCode: ours.provinceCode }),
  );
  const localityProvince = province ?? (scope.kind === "province" ? scope.provinceCode : undefined);
  const localityRows = localityProvince
    ? db
        .selectDistinct({ id: ours.id, nameLocal: ours.nameLocal, nameRomanised: ours.nameRomanised, nameZh: ours.nameZh })
        .from(evaluations)
        .innerJoin(ours, eq(ours.id, evaluations.localityId))
        .where(and(campaignScope, eq(ours.provinceCode, localityProvince)))
        .all()
    : [];
  const countryRows = byDisplayName(
    db
      .selectDistinct({ code: countries.code, nameEn: countries.nameEn, nameZh: countries.nameZh })
      .from(evaluations)
      .innerJoin(ours, eq(ours.id, evaluations.localityId))
      .innerJoin(partnerships, eq(partnerships.id, evaluations.partnershipId))
      .innerJoin(partner, eq(partner.id, partnerships.partnerLocalityId))
      .innerJoin(countries, eq(countries.code, partner.countryCode))
      .where(campaignScope)
      .all()
      .map((c) => ({ value: c.code, label: zh ? c.nameZh : c.nameEn })),
    zh,
  );
  const campaignRows = db
    .select({ id: evaluationCampaigns.id, title: evaluationCampaigns.title, year: evaluationCampaigns.year })
    .from(evaluationCampaigns)
    .where(and(ne(evaluationCampaigns.id, campaignId), isNull(evaluationCampaigns.archivedAt), ne(evaluationCampaigns.state, "draft")))
    .orderBy(desc(evaluationCampaigns.year), desc(evaluationCampaigns.id))
    .limit(50)
    .all();
  return { provinces: provinceRows, localities: localityRows, countries: countryRows, campaigns: campaignRows };
}
