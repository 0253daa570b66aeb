import type { DbOrTx } from "@/db/connection";
import { countries, partnerships } from "@/db/schema";
import type { WithinScope } from "../activities";
import type { PartnershipListParams } from "@/lib/validation/partnership-list";
import {
  ourProvince,
  ours,
  partner,
  partnershipComputedColumns,
  partnershipConditions,
  partnershipOrder,
  selectPartnerships,
  type PartnershipListContext,
} from "../partnerships-filter";
import type { BuiltQuery } from "./reader";

/** The export's columns: the list's, flat, with both languages' names (the computed ones are the list's own). */
function selection(ctx: PartnershipListContext) {
  const computed = partnershipComputedColumns(ctx);
  return {
    id: partnerships.id,
    ourLocal: ours.nameLocal,
    ourRomanised: ours.nameRomanised,
    province: ourProvince.nameEn,
    provinceZh: ourProvince.nameZh,
    region: ourProvince.region,
    partnerLocal: partner.nameLocal,
    partnerZh: partner.nameZh,
    partnerRomanised: partner.nameRomanised,
    partnerState: partner.stateName,
    countryCode: partner.countryCode,
    countryEn: countries.nameEn,
    countryZh: countries.nameZh,
    type: partnerships.type,
    level: partnerships.level,
    signedOn: partnerships.signedOn,
    status: partnerships.status,
    lastActivity: computed.lastActivity,
    activities12m: computed.activities12m,
    archivedAt: partnerships.archivedAt,
  };
}

/** The names of partnershipExportQuery's columns, in order, for reading its rows (iterateRows); never run itself. */
export const partnershipExportSelection = selection({ locale: "en", today: "1970-01-01" });

export type PartnershipExportRow = { [K in keyof typeof partnershipExportSelection]: string | number | null };

/**
 * Every partnership the list shows for these URL parameters (all pages), as one query to iterate:
 * the list's filters, columns and order (partnerships-filter.ts) for the same language and day.
 */
export function partnershipExportQuery(db: DbOrTx, params: PartnershipListParams & WithinScope, ctx: PartnershipListContext): BuiltQuery {
  return selectPartnerships(db, selection(ctx))
    .where(partnershipConditions(params))
    .orderBy(...partnershipOrder(params, ctx))
    .toSQL();
}
