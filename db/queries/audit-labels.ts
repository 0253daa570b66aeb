import { eq, inArray } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { DbOrTx } from "@/db/connection";
import { activities, attachments, contacts, delegations, evaluationCampaigns, evaluations, localities, partnerLinks, partnerships, savedViews, users } from "@/db/schema";
import type { AuditedEntity } from "@/lib/domain/enums";

/**
 * What an audit entry is about, in words: the record's name in its own
 * script, its Chinese name and its romanised one where they exist, a detail
 * (a date, a year, the record it hangs on) and the page that shows it.
 */
export type RecordLabel = { local: string; zh: string | null; romanised: string | null; detail: string | null; href: string | null };
export type RecordRef = { entityType: AuditedEntity; entityId: number };

export const labelKey = (ref: RecordRef) => `${ref.entityType}:${ref.entityId}`;

const ours = alias(localities, "label_ours");
const partner = alias(localities, "label_partner");

type Pair = { id: number; oursLocal: string; partnerLocal: string; partnerZh: string | null; oursRomanised: string; partnerRomanised: string };
const pairSelection = {
  oursLocal: ours.nameLocal,
  partnerLocal: partner.nameLocal,
  partnerZh: partner.nameZh,
  oursRomanised: ours.nameRomanised,
  partnerRomanised: partner.nameRomanised,
};

function pairLabel(p: Omit<Pair, "id">, href: string, detail: string | null = null): RecordLabel {
  return {
    local: `${p.oursLocal} – ${p.partnerLocal}`,
    zh: p.partnerZh ? `${p.oursLocal} – ${p.partnerZh}` : null,
    romanised: `${p.oursRomanised} – ${p.partnerRomanised}`,
    detail,
    href,
  };
}

/** One query per record type (never one per entry), for a page of audit entries. */
type Loader = (db: DbOrTx, ids: number[]) => [number, RecordLabel][];

// Partial: a record type added later shows its type and id until it is given a loader here.
const LOADERS: Partial<Record<AuditedEntity, Loader>> = {
  partnership: (db, ids) =>
    db
      .select({ id: partnerships.id, ...pairSelection })
      .from(partnerships)
      .innerJoin(ours, eq(ours.id, partnerships.ourLocalityId))
      .innerJoin(partner, eq(partner.id, partnerships.partnerLocalityId))
      .where(inArray(partnerships.id, ids))
      .all()
      .map((p) => [p.id, pairLabel(p, `/partnerships/${p.id}`)]),
  locality: (db, ids) =>
    db
      .select({ id: localities.id, local: localities.nameLocal, zh: localities.nameZh, romanised: localities.nameRomanised })
      .from(localities)
      .where(inArray(localities.id, ids))
      .all()
      .map((l) => [l.id, { local: l.local, zh: l.zh, romanised: l.romanised, detail: null, href: `/localities/${l.id}` }]),
  contact: (db, ids) =>
    db
      .select({ id: contacts.id, name: contacts.personName, office: contacts.office })
      .from(contacts)
      .where(inArray(contacts.id, ids))
      .all()
      .map((c) => [c.id, { local: c.name, zh: null, romanised: null, detail: c.office, href: `/contacts/${c.id}` }]),
  activity: (db, ids) =>
    db
      .select({ id: activities.id, title: activities.title, startDate: activities.startDate })
      .from(activities)
      .where(inArray(activities.id, ids))
      .all()
      .map((a) => [a.id, { local: a.title, zh: null, romanised: null, detail: a.startDate, href: `/activities/${a.id}` }]),
  delegation: (db, ids) =>
    db
      .select({ id: delegations.id, leader: delegations.leaderName, startDate: delegations.startDate })
      .from(delegations)
      .where(inArray(delegations.id, ids))
      .all()
      .map((d) => [d.id, { local: d.leader, zh: null, romanised: null, detail: d.startDate, href: `/delegations/${d.id}` }]),
  user: (db, ids) =>
    db
      .select({ id: users.id, name: users.name, email: users.email })
      .from(users)
      .where(inArray(users.id, ids))
      .all()
      .map((u) => [u.id, { local: u.name, zh: null, romanised: null, detail: u.email, href: `/admin/users/${u.id}` }]),
  campaign: (db, ids) =>
    db
      .select({ id: evaluationCampaigns.id, title: evaluationCampaigns.title, year: evaluationCampaigns.year })
      .from(evaluationCampaigns)
      .where(inArray(evaluationCampaigns.id, ids))
      .all()
      .map((c) => [c.id, { local: c.title, zh: null, romanised: null, detail: String(c.year), href: `/evaluations/campaigns/${c.id}` }]),
  evaluation: (db, ids) =>
    db
      .select({ id: evaluations.id, year: evaluationCampaigns.year, ...pairSelection })
      .from(evaluations)
      .innerJoin(evaluationCampaigns, eq(evaluationCampaigns.id, evaluations.campaignId))
      .innerJoin(partnerships, eq(partnerships.id, evaluations.partnershipId))
      .innerJoin(ours, eq(ours.id, partnerships.ourLocalityId))
      .innerJoin(partner, eq(partner.id, partnerships.partnerLocalityId))
      .where(inArray(evaluations.id, ids))
      .all()
      .map((e) => [e.id, pairLabel(e, `/evaluations/${e.id}`, String(e.year))]),
  partner_link: (db, ids) =>
    db
      .select({ id: partnerLinks.id, evaluationId: evaluations.id, year: evaluationCampaigns.year, ...pairSelection })
      .from(partnerLinks)
      .innerJoin(evaluations, eq(evaluations.id, partnerLinks.evaluationId))
      .innerJoin(evaluationCampaigns, eq(evaluationCampaigns.id, evaluations.campaignId))
      .innerJoin(partnerships, eq(partnerships.id, evaluations.partnershipId))
      .innerJoin(ours, eq(ours.id, partnerships.ourLocalityId))
      .innerJoin(partner, eq(partner.id, partnerships.partnerLocalityId))
      .where(inArray(partnerLinks.id, ids))
      .all()
      .map((l) => [l.id, pairLabel(l, `/evaluations/${l.evaluationId}`, String(l.year))]),
  attachment: (db, ids) =>
    db
      .select({ id: attachments.id, fileName: attachments.fileName, ownerType: attachments.ownerType, ownerId: attachments.ownerId })
      .from(attachments)
      .where(inArray(attachments.id, ids))
      .all()
      .map((a) => [a.id, { local: a.fileName, zh: null, romanised: null, detail: null, href: `/${a.ownerType === "activity" ? "activities" : "delegations"}/${a.ownerId}` }]),
  saved_view: (db, ids) =>
    db
      .select({ id: savedViews.id, name: savedViews.name, list: savedViews.list, query: savedViews.query })
      .from(savedViews)
      .where(inArray(savedViews.id, ids))
      .all()
      .map((v) => [v.id, { local: v.name, zh: null, romanised: null, detail: null, href: `/${v.list}${v.query ? `?${v.query}` : ""}` }]),
};

/** The names of the records a page of audit entries is about, keyed by `labelKey`. */
export function recordLabels(db: DbOrTx, refs: RecordRef[]): Map<string, RecordLabel> {
  const byType = new Map<AuditedEntity, Set<number>>();
  for (const ref of refs) byType.set(ref.entityType, (byType.get(ref.entityType) ?? new Set()).add(ref.entityId));
  const out = new Map<string, RecordLabel>();
  for (const [entityType, ids] of byType) {
    // SQLite binds at most 32,766 values; a page holds a few hundred at most.
    for (const [id, label] of LOADERS[entityType]?.(db, [...ids]) ?? []) out.set(labelKey({ entityType, entityId: id }), label);
  }
  return out;
}
