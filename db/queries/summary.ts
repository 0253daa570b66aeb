import { and, count, countDistinct, eq, gte, isNull, lt, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/connection";
import { activities, delegations, localities, partnerships } from "@/db/schema";
import { scopeCondition, statisticsScope } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer";
import { thisYear } from "@/lib/domain/clock";

export type RegistrySummary = {
  partnerships: number;
  partnerCountries: number;
  ourLocalities: number;
  activitiesThisYear: number;
  delegationsThisYear: number;
};

/** Headline counts for the viewer's scope: their locality, their province, or the nation; "this year" is the offices' year. */
export function getRegistrySummary(db: DbOrTx, viewer: Viewer, year: number = thisYear()): RegistrySummary {
  const ours = db.$with("ours").as(
    db
      .select({ id: localities.id })
      .from(localities)
      .where(
        and(
          eq(localities.countryCode, "CN"),
          scopeCondition(statisticsScope(viewer), { localityId: localities.id, provinceCode: localities.provinceCode }),
        ),
      ),
  );
  const registry = db
    .with(ours)
    .select({
      partnerships: count(partnerships.id),
      partnerCountries: countDistinct(localities.countryCode),
      ourLocalities: countDistinct(partnerships.ourLocalityId),
    })
    .from(partnerships)
    .innerJoin(localities, eq(localities.id, partnerships.partnerLocalityId))
    .where(and(isNull(partnerships.archivedAt), sql`${partnerships.ourLocalityId} in (select id from ${ours})`))
    .get();
  const from = `${year}-01-01`;
  const to = `${year + 1}-01-01`;
  const acts = db
    .with(ours)
    .select({ n: count() })
    .from(activities)
    .where(
      and(
        isNull(activities.archivedAt),
        gte(activities.startDate, from),
        lt(activities.startDate, to),
        sql`${activities.organiserLocalityId} in (select id from ${ours})`,
      ),
    )
    .get();
  const dels = db
    .with(ours)
    .select({ n: count() })
    .from(delegations)
    .where(
      and(
        isNull(delegations.archivedAt),
        gte(delegations.startDate, from),
        lt(delegations.startDate, to),
        sql`${delegations.ourLocalityId} in (select id from ${ours})`,
      ),
    )
    .get();
  return {
    partnerships: registry?.partnerships ?? 0,
    partnerCountries: registry?.partnerCountries ?? 0,
    ourLocalities: registry?.ourLocalities ?? 0,
    activitiesThisYear: acts?.n ?? 0,
    delegationsThisYear: dels?.n ?? 0,
  };
}
