import { aliasedTable, eq } from "drizzle-orm";
import type { SelectedFields } from "drizzle-orm/sqlite-core";
import type { DbOrTx } from "@/db/connection";
import { evaluationCampaigns, evaluations, localities, partnerLinks, partnerships } from "@/db/schema";
import { asListSelect, type ListRow, type ListSelect } from "./list-select";

/** The two sides of the evaluated partnership. */
export const ours = aliasedTable(localities, "ours");
export const partner = aliasedTable(localities, "partner");

function joinPair<R>(query: ListSelect<R>): ListSelect<R> {
  return query
    .innerJoin(evaluationCampaigns, eq(evaluationCampaigns.id, evaluations.campaignId))
    .innerJoin(partnerships, eq(partnerships.id, evaluations.partnershipId))
    .innerJoin(ours, eq(ours.id, partnerships.ourLocalityId))
    .innerJoin(partner, eq(partner.id, partnerships.partnerLocalityId));
}

/** `select <selection> from` evaluations ⋈ their campaign ⋈ their partnership ⋈ its two sides. */
export function selectEvaluationPairs<S extends SelectedFields>(db: DbOrTx, selection: S): ListSelect<ListRow<S>> {
  return joinPair(asListSelect<S>(db.select(selection as SelectedFields).from(evaluations)));
}

/** The same for partner links, each with its evaluation. */
export function selectPartnerLinkPairs<S extends SelectedFields>(db: DbOrTx, selection: S): ListSelect<ListRow<S>> {
  return joinPair(
    asListSelect<S>(db.select(selection as SelectedFields).from(partnerLinks)).innerJoin(
      evaluations,
      eq(evaluations.id, partnerLinks.evaluationId),
    ),
  );
}
