import type { DbOrTx } from "@/db/connection";
import { getPartnershipStats, type PartnershipStats } from "@/db/queries/statistics";
import { getCampaignCompletion, getExchangeStats, type CampaignCompletion, type ExchangeStats } from "@/db/queries/statistics-exchanges";
import type { StatScope } from "@/db/queries/statistics-scope";
import type { StatFilters } from "@/lib/domain/statistics-filters";

/** The numbers behind the dashboard's charts (components/dashboard/dashboard-charts.tsx draws them). */
export type DashboardStats = { partnerships: PartnershipStats; exchanges: ExchangeStats; campaigns: CampaignCompletion[] };

/** The dashboard's statistics for a scope and filters; `year` is the current year. */
export function dashboardStats(db: DbOrTx, scope: StatScope, filters: StatFilters, year: number): DashboardStats {
  return {
    partnerships: getPartnershipStats(db, scope, filters, year),
    exchanges: getExchangeStats(db, scope, filters),
    campaigns: getCampaignCompletion(db, scope, filters),
  };
}
