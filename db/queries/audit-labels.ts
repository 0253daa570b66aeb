import { eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "@/db/connection";
import {
  imports,
  activities,
  attachments,
  contacts,
  delegations,
  evaluationCampaigns,
  evaluations,
  localities,
  partnerLinks,
  partnerships,
  savedViews,
  users,
} from "@/db/schema";
import type { AuditedEntity } from "@/lib/domain/enums";
import { localityLabel, partnershipName } from "@/lib/domain/locality-name";
import { ours, partner, selectEvaluationPairs, selectPartnerLinkPairs } from "./evaluation-pair";

/**
 * What an audit entry is about, in words: the record's name (places in the
 * interface language's usual form, lib/domain/locality-name.ts), a detail (a
 * date, a year, the names in their own script) and the page that shows it.
 */
export type RecordLabel = { name: string; detail: string | null; href: string | null };
export type RecordRef = { entityType: AuditedEntity; entityId: number };

export const labelKey = (ref: RecordRef) => `${ref.entityType}:${ref.entityId}`;

type Pair = {
  oursLocal: string;
  oursZh: string | null;
  oursRomanised: string;
  partnerLocal: string;
  partnerZh: string | null;
  partnerRomanised: string;
};
const pairSelection = {
  oursLocal: ours.nameLocal,
  oursZh: ours.nameZh,
  oursRomanised: ours.nameRomanised,
  partnerLocal: partner.nameLocal,
  partnerZh: partner.nameZh,
  partnerRomanised: partner.nameRomanised,
};

/** "Tianjin – Kobe", with "天津市 – 神戸市" beside it when that says something more (and a year for an evaluation). */
function pairLabel(p: Pair, locale: string, href: string, year?: number): RecordLabel {
  const name = partnershipName(
    { nameLocal: p.oursLocal, nameZh: p.oursZh, nameRomanised: p.oursRomanised },
    { nameLocal: p.partnerLocal, nameZh: p.partnerZh, nameRomanised: p.partnerRomanised },
    locale,
  );
  const local = `${p.oursLocal} – ${p.partnerLocal}`;
  const detail = [year ? String(year) : null, local !== name ? local : null].filter(Boolean).join(" · ");
  return { name, detail: detail || null, href };
}

/** One query per record type (never one per entry), for a page of audit entries. */
type Loader = (db: DbOrTx, ids: number[], locale: string) => [number, RecordLabel][];

// Partial: a record type added later shows its type and id until it is given a loader here.
const LOADERS: Partial<Record<AuditedEntity, Loader>> = {
  partnership: (db, ids, locale) =>
    db
      .select({ id: partnerships.id, ...pairSelection })
      .from(partnerships)
      .innerJoin(ours, eq(ours.id, partnerships.ourLocalityId))
      .innerJoin(partner, eq(partner.id, partnerships.partnerLocalityId))
      .where(inArray(partnerships.id, ids))
      .all()
      .map((p) => [p.id, pairLabel(p, locale, `/partnerships/${p.id}`)]),
  locality: (db, ids, locale) =>
    db
      .select({ id: localities.id, nameLocal: localities.nameLocal, nameZh: localities.nameZh, nameRomanised: localities.nameRomanised })
      .from(localities)
      .where(inArray(localities.id, ids))
      .all()
      .map((l) => [l.id, { name: localityLabel(l, locale), detail: null, href: `/localities/${l.id}` }]),
  contact: (db, ids) =>
    db
      .select({ id: contacts.id, name: contacts.personName, office: contacts.office })
      .from(contacts)
      .where(inArray(contacts.id, ids))
      .all()
      .map((c) => [c.id, { name: c.name, detail: c.office, href: `/contacts/${c.id}` }]),
  activity: (db, ids) =>
    db
      .select({ id: activities.id, title: activities.title, startDate: activities.startDate })
      .from(activities)
      .where(inArray(activities.id, ids))
      .all()
      .map((a) => [a.id, { name: a.title, detail: a.startDate, href: `/activities/${a.id}` }]),
  delegation: (db, ids) =>
    db
      .select({ id: delegations.id, leader: delegations.leaderName, startDate: delegations.startDate })
      .from(delegations)
      .where(inArray(delegations.id, ids))
      .all()
      .map((d) => [d.id, { name: d.leader, detail: d.startDate, href: `/delegations/${d.id}` }]),
  user: (db, ids) =>
    db
      .select({ id: users.id, name: users.name, email: users.email })
      .from(users)
      .where(inArray(users.id, ids))
      .all()
      .map((u) => [u.id, { name: u.name, detail: u.email, href: `/admin/users/${u.id}` }]),
  campaign: (db, ids) =>
    db
      .select({ id: evaluationCampaigns.id, title: evaluationCampaigns.title, year: evaluationCampaigns.year })
      .from(evaluationCampaigns)
      .where(inArray(evaluationCampaigns.id, ids))
      .all()
      .map((c) => [c.id, { name: c.title, detail: String(c.year), href: `/evaluations/campaigns/${c.id}` }]),
  evaluation: (db, ids, locale) =>
    selectEvaluationPairs(db, { id: evaluations.id, year: evaluationCampaigns.year, ...pairSelection })
      .where(inArray(evaluations.id, ids))
      .all()
      .map((e) => [e.id, pairLabel(e, locale, `/evaluations/${e.id}`, e.year)]),
  partner_link: (db, ids, locale) =>
    selectPartnerLinkPairs(db, { id: partnerLinks.id, evaluationId: evaluations.id, year: evaluationCampaigns.year, ...pairSelection })
      .where(inArray(partnerLinks.id, ids))
      .all()
      .map((l) => [l.id, pairLabel(l, locale, `/evaluations/${l.evaluationId}`, l.year)]),
  attachment: (db, ids) =>
    db
      .select({ id: attachments.id, fileName: attachments.fileName, ownerType: attachments.ownerType, ownerId: attachments.ownerId })
      .from(attachments)
      .where(inArray(attachments.id, ids))
      .all()
      .map((a) => [
        a.id,
        { name: a.fileName, detail: null, href: `/${a.ownerType === "activity" ? "activities" : "delegations"}/${a.ownerId}` },
      ]),
  saved_view: (db, ids) =>
    db
      .select({ id: savedViews.id, name: savedViews.name, list: savedViews.list, query: savedViews.query })
      .from(savedViews)
      .where(inArray(savedViews.id, ids))
      .all()
      .map((v) => [v.id, { name: v.name, detail: null, href: `/${v.list}${v.query ? `?${v.query}` : ""}` }]),
  import: (db, ids) =>
    db
      .select({ id: imports.id, fileName: imports.fileName })
      .from(imports)
      .where(inArray(imports.id, ids))
      .all()
      .map((i) => [i.id, { name: i.fileName, detail: null, href: `/imports/${i.id}` }]),
};

/** The names of the records a page of audit entries is about, keyed by `labelKey`. */
export function recordLabels(db: DbOrTx, refs: RecordRef[], locale: string): Map<string, RecordLabel> {
  const byType = new Map<AuditedEntity, Set<number>>();
  for (const ref of refs) byType.set(ref.entityType, (byType.get(ref.entityType) ?? new Set()).add(ref.entityId));
  const out = new Map<string, RecordLabel>();
  for (const [entityType, ids] of byType) {
    // SQLite binds at most 32,766 values; a page holds a few hundred at most.
    for (const [id, label] of LOADERS[entityType]?.(db, [...ids], locale) ?? []) out.set(labelKey({ entityType, entityId: id }), label);
  }
  return out;
}

const VERSIONED = {
  partnership: partnerships,
  locality: localities,
  contact: contacts,
  activity: activities,
  delegation: delegations,
} as const;

/** The current version of each restorable record a page of entries is about ("<type>:<id>" → version), one query per type. */
export function currentVersions(db: DbOrTx, refs: RecordRef[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const [entityType, table] of Object.entries(VERSIONED) as [keyof typeof VERSIONED, (typeof VERSIONED)[keyof typeof VERSIONED]][]) {
    const ids = [...new Set(refs.filter((r) => r.entityType === entityType).map((r) => r.entityId))];
    if (ids.length === 0) continue;
    for (const row of db.select({ id: table.id, version: table.version }).from(table).where(inArray(table.id, ids)).all())
      out.set(`${entityType}:${row.id}`, row.version);
  }
  return out;
}
