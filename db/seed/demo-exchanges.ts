import type { Db } from "@/db/connection";
import { addDays, now, today as clockToday } from "@/lib/domain/clock";
import { localities, partnerships } from "@/db/schema";
import { LEADER_RANKS, PARTNERSHIP_STATUSES, type ActivityCategory, type PartnershipStatus } from "@/lib/domain/enums";
import { CN_NAMES, CN_TITLES, FOREIGN_TITLES, JP_NAMES, KR_NAMES, OTHER_NAMES } from "./demo-names";
import { TITLE_TEMPLATES, fillTitle } from "./demo-titles";
import type { SeededPartnership } from "./demo-registry";
import type { Random } from "./random";
import { bulkStatements, type BulkStatements } from "./bulk-statements";

export const DEMO_FIRST_YEAR = 2015;
export const DEMO_LAST_YEAR = 2026;
const ROUND_ANNIVERSARIES = new Set([10, 20, 25, 30, 40, 50]);
/** Yearly activities expected at each status; the pandemic years see fewer. */
const MEAN_ACTIVITIES: Record<PartnershipStatus, number> = { very_good: 2.2, good: 1.1, maintaining_contact: 0.25, suspended: 0.03 };
/** The report's Chinese-side answers: 50.4 / 37.6 / 9.8 / 2.3 %. */
const STATUS_WEIGHTS = [0.504, 0.376, 0.098, 0.022];

function initialStatus(rng: Random): PartnershipStatus {
  let r = rng.next();
  for (let i = 0; i < STATUS_WEIGHTS.length; i++) {
    r -= STATUS_WEIGHTS[i] ?? 0;
    if (r <= 0) return PARTNERSHIP_STATUSES[i] ?? "good";
  }
  return "good";
}

/** Mostly the same as last year; sometimes re-drawn, which keeps the report's shares over time. */
function drift(rng: Random, status: PartnershipStatus): PartnershipStatus {
  return rng.chance(0.15) ? initialStatus(rng) : status;
}

function weightedCategory(rng: Random): ActivityCategory {
  const weights: [ActivityCategory, number][] = [
    ["official_visit", 18],
    ["culture_science_education_health_sports", 30],
    ["civil_society", 10],
    ["economy_trade", 14],
    ["local_specialty_industry", 6],
    ["youth", 10],
    ["civil_servant_secondment", 3],
    ["online", 4],
    ["other", 5],
  ];
  let r = rng.next() * weights.reduce((s, [, w]) => s + w, 0);
  for (const [category, w] of weights) {
    r -= w;
    if (r <= 0) return category;
  }
  return "other";
}

function isoDay(year: number, rng: Random): string {
  return `${year}-${String(rng.int(1, 12)).padStart(2, "0")}-${String(rng.int(1, 28)).padStart(2, "0")}`;
}

function memberNames(countryCode: string): readonly string[] {
  return countryCode === "JP" ? JP_NAMES : countryCode === "KR" ? KR_NAMES : OTHER_NAMES;
}

export type YearlyStatus = Map<number, Map<number, PartnershipStatus>>;

type Side = { name: string; country: string };

/**
 * Yearly statuses, activities and delegations for 2015–2026 (2026 partly
 * planned), shaped like the report: most exchanges cultural, official visits
 * travelling as delegations, fewer in the pandemic years.
 */
export function seedDemoExchanges(db: Db, rng: Random, seeded: SeededPartnership[]): YearlyStatus {
  const statuses: YearlyStatus = new Map();
  const names = new Map(
    db
      .select({ id: localities.id, name: localities.nameLocal, country: localities.countryCode })
      .from(localities)
      .all()
      .map((l) => [l.id, l] as const),
  );
  const partnerOf = new Map(
    db
      .select({ id: partnerships.id, partner: partnerships.partnerLocalityId })
      .from(partnerships)
      .all()
      .map((p) => [p.id, p.partner] as const),
  );
  const sql = bulkStatements(db.$client);
  const recordedAt = now().getTime();
  db.$client.transaction(() => {
    for (const p of seeded) {
      const signedYear = Number(p.signedOn.slice(0, 4));
      const ours = names.get(p.ourLocalityId);
      const partner = names.get(partnerOf.get(p.id) ?? -1);
      if (!ours || !partner) continue;
      const byYear = new Map<number, PartnershipStatus>();
      let status = initialStatus(rng);
      for (let year = Math.max(DEMO_FIRST_YEAR, signedYear); year <= DEMO_LAST_YEAR; year++) {
        status = drift(rng, status);
        if (year < DEMO_LAST_YEAR) {
          byYear.set(year, status);
          sql.statusHistory.run(p.id, year, status, recordedAt);
        }
        const pandemic = year === 2020 || year === 2021 ? 0.35 : 1;
        const count = rng.poisson(MEAN_ACTIVITIES[status] * pandemic);
        const ctx = { sql, rng, partnershipId: p.id, ownerId: p.ourLocalityId, ours, partner, year };
        for (let i = 0; i < count; i++) {
          insertActivity(ctx, pandemic < 1 && rng.chance(0.5) ? "online" : weightedCategory(rng));
        }
        const age = year - signedYear;
        if (ROUND_ANNIVERSARIES.has(age) && status !== "suspended") insertActivity(ctx, "anniversary", age);
      }
      statuses.set(p.id, byYear);
      const last = byYear.get(DEMO_LAST_YEAR - 1);
      if (last) sql.setStatus.run(last, p.id);
    }
  })();
  return statuses;
}

type Ctx = { sql: BulkStatements; rng: Random; partnershipId: number; ownerId: number; ours: Side; partner: Side; year: number };

function insertActivity(ctx: Ctx, category: ActivityCategory, years?: number): void {
  const { rng } = ctx;
  const startDate = isoDay(ctx.year, rng);
  const endDate = addDays(startDate, rng.int(0, 5));
  const title = fillTitle(rng.pick(TITLE_TEMPLATES[category]), { ours: ctx.ours.name, partner: ctx.partner.name, years });
  const outgoing = rng.chance(0.5);
  const location = category === "online" ? "online" : outgoing ? "there" : "here";
  const activityId = Number(
    ctx.sql.activity.run(title, category, startDate, endDate, location, ctx.ownerId, rng.int(3, 60), rng.int(2, 50)).lastInsertRowid,
  );
  ctx.sql.activityLink.run(activityId, ctx.partnershipId);
  if (category === "official_visit" || (category !== "online" && rng.chance(0.12))) {
    insertDelegation(ctx, { activityId, startDate, endDate, outgoing });
  }
}

function insertDelegation(ctx: Ctx, d: { activityId: number; startDate: string; endDate: string; outgoing: boolean }): void {
  const { rng } = ctx;
  const people = d.outgoing ? CN_NAMES : memberNames(ctx.partner.country);
  const titles = d.outgoing ? CN_TITLES : FOREIGN_TITLES;
  const rank = rng.pick(LEADER_RANKS);
  const today = clockToday();
  const status = d.startDate > today ? "planned" : rng.chance(0.04) ? "cancelled" : "completed";
  // The first two titles are a mayor and a deputy mayor; the same draws as before the ranks became protocol grades keep the demo data stable.
  const leaderTitle = rank === "ministerial" ? titles[0] : rank === "bureau" ? titles[1] : rng.pick(titles);
  const delegationId = Number(
    ctx.sql.delegation.run(
      d.outgoing ? "outgoing" : "incoming",
      ctx.ownerId,
      rng.pick(people),
      leaderTitle ?? null,
      rank,
      d.startDate,
      d.endDate,
      status,
    ).lastInsertRowid,
  );
  ctx.sql.delegationLink.run(delegationId, ctx.partnershipId);
  ctx.sql.delegationActivity.run(delegationId, d.activityId);
  const size = rng.int(2, 6);
  for (let i = 0; i < size; i++) ctx.sql.member.run(delegationId, i, rng.pick(people), rng.pick(titles));
}
