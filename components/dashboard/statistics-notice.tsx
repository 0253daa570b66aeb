import { getTranslations } from "next-intl/server";
import { ScopeNotice } from "@/components/exchanges/scope-notice";

/** The narrowings only a statistics link sets (lib/domain/statistics-links.ts), which the filter bar does not show. */
export type StatisticsNarrowing = { startFrom?: string; startTo?: string; rank?: string; notCancelled?: string; undated?: string };

/**
 * Says how a list opened from a chart's number is narrowed beyond its visible filters, so that its count is
 * the number clicked: started within dates, a leader's rank, cancelled ones left out, no signing date.
 */
export async function StatisticsNotice({ params, clearHref }: { params: StatisticsNarrowing; clearHref: string }) {
  const [t, te] = await Promise.all([getTranslations("dashboard"), getTranslations("enums")]);
  const parts = [
    ...(params.startFrom || params.startTo ? [t("narrowStarted", { from: params.startFrom ?? "…", to: params.startTo ?? "…" })] : []),
    ...(params.rank ? [t("narrowRank", { rank: te(`leaderRank.${params.rank}` as never) })] : []),
    ...(params.notCancelled ? [t("narrowNotCancelled")] : []),
    ...(params.undated ? [t("narrowUndated")] : []),
  ];
  if (!parts.length) return null;
  return (
    <ScopeNotice text={t("narrowed", { parts: parts.join(t("narrowSeparator")) })} clearHref={clearHref} clearLabel={t("clearFilters")} />
  );
}
