import { aliasedTable, and, desc, eq, inArray, isNull, sql, type SQL } from "drizzle-orm";
import type { SelectedFields } from "drizzle-orm/sqlite-core";
import type { DbOrTx } from "@/db/connection";
import { countries, evaluationCampaigns, evaluations, localities, partnerships, provinces } from "@/db/schema";
import { scopeCondition, scopeFor, type ScopeColumns } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer";
import { emptyCounts, type StateCounts } from "@/lib/domain/campaign-progress";
import { asListSelect, type ListRow, type ListSelect } from "./list-select";

export type Campaign = typeof evaluationCampaigns.$inferSelect;
/** Evaluations a reviewer sees: all for the nation, their province's for a province administrator. */
export function reviewScope(
  viewer: Viewer,
  columns: ScopeColumns = { localityId: localities.id, provinceCode: localities.provinceCode },
): SQL | undefined {
  return scopeCondition(scopeFor(viewer, "evaluations.review"), columns);
}

/** Every campaign, newest year first, with its evaluations counted by state within the viewer's scope. */
export function listCampaigns(db: DbOrTx, viewer: Viewer): { campaign: Campaign; counts: StateCounts }[] {
  const campaigns = db
    .select()
    .from(evaluationCampaigns)
    .where(sql`${evaluationCampaigns.archivedAt} is null`)
    .orderBy(desc(evaluationCampaigns.year), desc(evaluationCampaigns.id))
    .all();
  const rows = db
    .select({ campaignId: evaluations.campaignId, state: evaluations.state, n: sql<number>`count(*)` })
    .from(evaluations)
    .innerJoin(localities, eq(localities.id, evaluations.localityId))
    .where(reviewScope(viewer))
    .groupBy(evaluations.campaignId, evaluations.state)
    .all();
  const byCampaign = new Map<number, StateCounts>();
  for (const row of rows) {
    const counts = byCampaign.get(row.campaignId) ?? emptyCounts();
    counts[row.state] += row.n;
    counts.total += row.n;
    byCampaign.set(row.campaignId, counts);
  }
  return campaigns.map((campaign) => ({ campaign, counts: byCampaign.get(campaign.id) ?? emptyCounts() }));
}

export function getCampaign(db: DbOrTx, id: number): Campaign | undefined {
  return db.select().from(evaluationCampaigns).where(eq(evaluationCampaigns.id, id)).get();
}

/** Names of the provinces and countries of a campaign's scope. */
export function getScopeNames(db: DbOrTx, campaign: Campaign) {
  const provinceRows = campaign.scopeProvinces.length
    ? db.select().from(provinces).where(inArray(provinces.code, campaign.scopeProvinces)).all()
    : [];
  const countryRows = campaign.scopeCountries.length
    ? db.select().from(countries).where(inArray(countries.code, campaign.scopeCountries)).all()
    : [];
  return { provinces: provinceRows, countries: countryRows };
}

/** Choices for the campaign form: every province, and every country with a partnership. */
export function getScopeChoices(db: DbOrTx) {
  const provinceRows = db.select().from(provinces).orderBy(provinces.code).all();
  const countryRows = db
    .selectDistinct({ code: countries.code, nameEn: countries.nameEn, nameZh: countries.nameZh })
    .from(partnerships)
    .innerJoin(localities, eq(localities.id, partnerships.partnerLocalityId))
    .innerJoin(countries, eq(countries.code, localities.countryCode))
    .orderBy(countries.nameEn)
    .all();
  return { provinces: provinceRows, countries: countryRows };
}

const partner = aliasedTable(localities, "partner");

/**
 * `select <selection> from` the partnerships a campaign's scope covers: current ones whose side is in
 * its provinces and whose partner is in its countries (all, where it names none); `extra` narrows further.
 */
export function selectCampaignTargets<S extends SelectedFields>(
  db: DbOrTx,
  selection: S,
  campaign: Pick<Campaign, "scopeProvinces" | "scopeCountries">,
  extra?: SQL,
): ListSelect<ListRow<S>> {
  const query = db
    .select(selection as SelectedFields)
    .from(partnerships)
    .innerJoin(localities, eq(localities.id, partnerships.ourLocalityId))
    .innerJoin(partner, eq(partner.id, partnerships.partnerLocalityId))
    .where(
      and(
        isNull(partnerships.archivedAt),
        campaign.scopeProvinces.length ? inArray(localities.provinceCode, campaign.scopeProvinces) : undefined,
        campaign.scopeCountries.length ? inArray(partner.countryCode, campaign.scopeCountries) : undefined,
        extra,
      ),
    );
  return asListSelect<S>(query);
}

/** How many partnerships a draft's scope would cover now (shown before opening). */
export function countCampaignTargets(db: DbOrTx, campaign: Campaign): number {
  return selectCampaignTargets(db, { n: sql<number>`count(*)` }, campaign).get()?.n ?? 0;
}
