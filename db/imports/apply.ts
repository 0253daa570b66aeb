import type Database from "better-sqlite3";
import { and, desc, eq, sql } from "drizzle-orm";
import type { Tx } from "@/db/connection";
import {
  activities,
  activityPartnerships,
  countries,
  evaluationCampaigns,
  evaluations,
  partnershipStatusHistory,
  partnerships,
} from "@/db/schema";
import type { Audit } from "@/db/write/audited";
import { now } from "@/lib/domain/clock";
import type { ImportEntity } from "@/lib/domain/enums";
import { localitySearchKey } from "@/lib/domain/fold-name";
import { AppError } from "@/lib/errors/app-error";
import { countryNames } from "@/lib/import/values/countries";
import { importStatements } from "./bulk-insert";
import type { Directory } from "./directory";
import type { ImportPlan } from "./plan";

type Record_ = {
  entityType: ImportEntity;
  entityId: number;
  action: "create" | "update";
  before?: Record<string, unknown> | null;
  versionAfter?: number | null;
};

export type Applied = { created: Partial<Record<ImportEntity, number>>; updated: Partial<Record<ImportEntity, number>> };

/**
 * Writes a plan inside the caller's transaction: new countries and localities, then the records of
 * the kind, each change checked against the version the plan read and audited with its values
 * before and after; every record written is listed in import_records, for the undo.
 */
export function applyPlan(
  tx: Tx,
  audit: Audit,
  opts: {
    plan: ImportPlan;
    directory: Directory;
    importId: number;
    actorId: number;
    campaignTitle: (year: number) => string;
    /** The transaction's connection, for the bulk inserts. */
    client: Database.Database;
  },
): Applied {
  const { plan, importId, actorId } = opts;
  const at = now();
  const records: Record_[] = [];
  const stamp = { createdBy: actorId, updatedBy: actorId, createdAt: at, updatedAt: at };

  for (const code of plan.newCountries) {
    const names = countryNames(code);
    // Reference data, kept by an undo (other records may come to use it).
    tx.insert(countries).values({ code, nameEn: names.nameEn, nameZh: names.nameZh, nameNative: names.nameEn }).onConflictDoNothing().run();
  }

  // Localities: only those a created partnership stands on (a failed row may have planned one).
  const realId = new Map<number, number>();
  const wanted = new Set<number>();
  for (const op of plan.partnerships)
    if (op.op === "create") for (const id of [op.ourLocalityId, op.partnerLocalityId]) if (id < 0) wanted.add(id);
  const bulk = importStatements(opts.client, actorId, at);
  for (const l of opts.directory.created) {
    if (!wanted.has(l.id)) continue;
    const id = bulk.locality(l, localitySearchKey(l.nameLocal, l.nameRomanised, l.nameZh));
    realId.set(l.id, id);
    records.push({ entityType: "locality", entityId: id, action: "create", versionAfter: 1 });
  }
  const real = (id: number) => (id < 0 ? realId.get(id)! : id);
  for (const op of plan.partnerships) {
    if (op.op !== "create") continue;
    const id = bulk.partnership(real(op.ourLocalityId), real(op.partnerLocalityId), op.values);
    records.push({ entityType: "partnership", entityId: id, action: "create", versionAfter: 1 });
  }
  for (const op of plan.partnerships) {
    if (op.op !== "update") continue;
    records.push(
      updateChecked(tx, audit, {
        table: partnerships,
        entityType: "partnership",
        id: op.id,
        version: op.version,
        values: op.values,
        actorId,
        at,
      }),
    );
  }

  for (const op of plan.activities) {
    if (op.op === "update") {
      records.push(
        updateChecked(tx, audit, {
          table: activities,
          entityType: "activity",
          id: op.id,
          version: op.version,
          values: op.values,
          actorId,
          at,
        }),
      );
      continue;
    }
    const row = tx
      .insert(activities)
      .values({ ...op.values, tags: [], ...stamp })
      .returning({ id: activities.id })
      .get();
    tx.insert(activityPartnerships)
      .values(op.partnershipIds.map((partnershipId) => ({ activityId: row.id, partnershipId })))
      .run();
    records.push({ entityType: "activity", entityId: row.id, action: "create", versionAfter: 1 });
  }

  if (plan.evaluations.length > 0) applyEvaluations(tx, audit, opts, records, stamp);

  for (const r of records) bulk.record(importId, r);
  const created: Applied["created"] = {};
  const updated: Applied["updated"] = {};
  for (const r of records) {
    const bucket = r.action === "create" ? created : updated;
    bucket[r.entityType] = (bucket[r.entityType] ?? 0) + 1;
  }
  return { created, updated };
}

type Stamp = { createdBy: number; updatedBy: number; createdAt: Date; updatedAt: Date };

function applyEvaluations(
  tx: Tx,
  audit: Audit,
  opts: { plan: ImportPlan; importId: number; actorId: number; campaignTitle: (year: number) => string },
  records: Record_[],
  stamp: Stamp,
) {
  const { plan, importId, actorId } = opts;
  const campaignOfYear = new Map<number, number>();
  for (const year of plan.newCampaignYears) {
    const row = tx
      .insert(evaluationCampaigns)
      .values({
        year,
        title: opts.campaignTitle(year),
        opensOn: `${year}-01-01`,
        closesOn: `${year}-12-31`,
        state: "closed",
        openedAt: stamp.createdAt,
        closedAt: stamp.createdAt,
        importId,
        ...stamp,
      })
      .returning({ id: evaluationCampaigns.id })
      .get();
    campaignOfYear.set(year, row.id);
    records.push({ entityType: "campaign", entityId: row.id, action: "create", versionAfter: 1 });
  }
  const touched = new Set<number>();
  for (const op of plan.evaluations) {
    const answer = {
      ...op.values,
      state: "approved" as const,
      submittedAt: stamp.createdAt,
      submittedBy: actorId,
      reviewedAt: stamp.createdAt,
      reviewedBy: actorId,
      importId,
    };
    let evaluationId: number;
    if (op.existing) {
      records.push(
        updateChecked(tx, audit, {
          table: evaluations,
          entityType: "evaluation",
          id: op.existing.id,
          version: op.existing.version,
          values: answer,
          actorId,
          at: stamp.createdAt,
        }),
      );
      evaluationId = op.existing.id;
    } else {
      const campaignId = op.campaignId ?? campaignOfYear.get(op.year)!;
      evaluationId = tx
        .insert(evaluations)
        .values({ campaignId, partnershipId: op.partnershipId, localityId: op.localityId, ...answer, ...stamp })
        .returning({ id: evaluations.id })
        .get().id;
      records.push({ entityType: "evaluation", entityId: evaluationId, action: "create", versionAfter: 1 });
    }
    const history = tx
      .select()
      .from(partnershipStatusHistory)
      .where(and(eq(partnershipStatusHistory.partnershipId, op.partnershipId), eq(partnershipStatusHistory.year, op.year)))
      .get();
    const values = { status: op.values.status, source: "import" as const, evaluationId, recordedAt: stamp.createdAt, recordedBy: actorId };
    if (history) {
      tx.update(partnershipStatusHistory).set(values).where(eq(partnershipStatusHistory.id, history.id)).run();
      records.push({
        entityType: "status_history",
        entityId: history.id,
        action: "update",
        before: { ...history, recordedAt: history.recordedAt.getTime() },
      });
    } else {
      const row = tx
        .insert(partnershipStatusHistory)
        .values({ partnershipId: op.partnershipId, year: op.year, ...values })
        .returning({ id: partnershipStatusHistory.id })
        .get();
      records.push({ entityType: "status_history", entityId: row.id, action: "create" });
    }
    touched.add(op.partnershipId);
  }
  // A partnership's status is its latest year's: an imported past year moves it only if none is newer.
  for (const partnershipId of touched) {
    const latest = tx
      .select({ status: partnershipStatusHistory.status })
      .from(partnershipStatusHistory)
      .where(eq(partnershipStatusHistory.partnershipId, partnershipId))
      .orderBy(desc(partnershipStatusHistory.year))
      .get();
    const current = tx
      .select({ status: partnerships.status, version: partnerships.version })
      .from(partnerships)
      .where(eq(partnerships.id, partnershipId))
      .get();
    if (!latest || !current || latest.status === current.status) continue;
    records.push(
      updateChecked(tx, audit, {
        table: partnerships,
        entityType: "partnership",
        id: partnershipId,
        version: current.version,
        values: { status: latest.status },
        actorId,
        at: stamp.createdAt,
      }),
    );
  }
}

type Versioned = typeof partnerships | typeof activities | typeof evaluations;

/**
 * One record changed at the version the plan read (else the whole import stops: someone saved it in
 * between), audited, and listed with the values it had before.
 */
function updateChecked(
  tx: Tx,
  audit: Audit,
  o: {
    table: Versioned;
    entityType: "partnership" | "activity" | "evaluation";
    id: number;
    version: number;
    values: Record<string, unknown>;
    actorId: number;
    at: Date;
  },
): Record_ {
  const table = o.table;
  const before = tx.select().from(table).where(eq(table.id, o.id)).get() as Record<string, unknown> | undefined;
  const after = tx
    .update(table)
    .set({ ...o.values, version: sql`${table.version} + 1`, updatedAt: o.at, updatedBy: o.actorId })
    .where(and(eq(table.id, o.id), eq(table.version, o.version)))
    .returning()
    .get() as Record<string, unknown> | undefined;
  if (!before || !after) throw new AppError("importChangedMeanwhile");
  audit({ action: "update", entityType: o.entityType, entityId: o.id, before, after, summary: "import" });
  const previous: Record<string, unknown> = {};
  for (const key of Object.keys(o.values)) previous[key] = before[key] instanceof Date ? (before[key] as Date).getTime() : before[key];
  return { entityType: o.entityType, entityId: o.id, action: "update", before: previous, versionAfter: after.version as number };
}
