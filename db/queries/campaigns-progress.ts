import { and, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/connection";
import { evaluations, localities, provinces } from "@/db/schema";
import type { Viewer } from "@/lib/auth/viewer";
import { isOverdue } from "@/lib/domain/evaluation-state";
import { emptyCounts, type StateCounts } from "@/lib/domain/campaign-progress";
import { reviewScope, type Campaign } from "./campaigns";

export type LocalityProgress = {
  localityId: number;
  localityName: string;
  localityRomanised: string;
  localityZh: string | null;
  provinceCode: string | null;
  counts: StateCounts;
  /** Evaluations not yet submitted after the closing date. */
  overdue: number;
};

export type ProvinceProgress = {
  code: string | null;
  nameEn: string;
  nameZh: string;
  counts: StateCounts;
  overdue: number;
  localities: LocalityProgress[];
};

/** A campaign's progress by province and locality, within the viewer's scope. */
export function getCampaignProgress(db: DbOrTx, viewer: Viewer, campaign: Campaign, today: string): ProvinceProgress[] {
  const rows = db
    .select({
      localityId: localities.id,
      localityName: localities.nameLocal,
      localityRomanised: localities.nameRomanised,
      localityZh: localities.nameZh,
      provinceCode: localities.provinceCode,
      provinceEn: provinces.nameEn,
      provinceZh: provinces.nameZh,
      state: evaluations.state,
      n: sql<number>`count(*)`,
    })
    .from(evaluations)
    .innerJoin(localities, eq(localities.id, evaluations.localityId))
    .leftJoin(provinces, eq(provinces.code, localities.provinceCode))
    .where(and(eq(evaluations.campaignId, campaign.id), reviewScope(viewer)))
    .groupBy(localities.id, evaluations.state)
    .orderBy(localities.provinceCode, localities.nameRomanised)
    .all();
  const byProvince = new Map<string, ProvinceProgress>();
  const byLocality = new Map<number, LocalityProgress>();
  for (const row of rows) {
    const key = row.provinceCode ?? "";
    let province = byProvince.get(key);
    if (!province) {
      province = {
        code: row.provinceCode,
        nameEn: row.provinceEn ?? "",
        nameZh: row.provinceZh ?? "",
        counts: emptyCounts(),
        overdue: 0,
        localities: [],
      };
      byProvince.set(key, province);
    }
    let locality = byLocality.get(row.localityId);
    if (!locality) {
      locality = {
        localityId: row.localityId,
        localityName: row.localityName,
        localityRomanised: row.localityRomanised,
        localityZh: row.localityZh,
        provinceCode: row.provinceCode,
        counts: emptyCounts(),
        overdue: 0,
      };
      byLocality.set(row.localityId, locality);
      province.localities.push(locality);
    }
    const late = isOverdue(row.state, campaign.closesOn, today) ? row.n : 0;
    for (const target of [locality.counts, province.counts]) {
      target[row.state] += row.n;
      target.total += row.n;
    }
    locality.overdue += late;
    province.overdue += late;
  }
  return [...byProvince.values()];
}

/** The localities with overdue evaluations, for chasing (and the export). */
export function listOverdueLocalities(progress: ProvinceProgress[]): (LocalityProgress & { provinceEn: string; provinceZh: string })[] {
  return progress.flatMap((p) =>
    p.localities.filter((l) => l.overdue > 0).map((l) => ({ ...l, provinceEn: p.nameEn, provinceZh: p.nameZh })),
  );
}
