import type { AuditedEntity } from "./enums";

/**
 * What "restore this version" brings back, per record type: the descriptive
 * fields a user edits. Left out on purpose: bookkeeping (id, version,
 * created/updated), the archive mark (archive/restore has its own action),
 * values derived from others (a locality's search key, a partnership's status
 * from its evaluations), links to other records (kept in their own tables),
 * and whatever says whose record it is or which places it joins (owner
 * locality, partner locality, country, province, a contact's partnership):
 * those move a record between scopes, and only the edit form, with its own
 * checks, may do that.
 */
export const RESTORABLE_FIELDS = {
  partnership: ["type", "level", "signedOn", "signatories", "agreementLocation", "notes"],
  locality: ["stateName", "nameLocal", "nameRomanised", "nameZh", "level", "latitude", "longitude", "notes"],
  contact: ["side", "office", "personName", "role", "email", "phone", "languages"],
  activity: [
    "title",
    "category",
    "startDate",
    "endDate",
    "location",
    "locationDetail",
    "participantsOurs",
    "participantsPartner",
    "participantNames",
    "description",
    "outcomes",
    "costAmount",
    "costCurrency",
    "tags",
  ],
  delegation: ["direction", "leaderName", "leaderTitle", "leaderRank", "startDate", "endDate", "purpose", "status", "outcomes"],
} as const satisfies Partial<Record<AuditedEntity, readonly string[]>>;

export type RestorableEntity = keyof typeof RESTORABLE_FIELDS;
export type VersionSide = "before" | "after";

export function isRestorableEntity(entityType: string): entityType is RestorableEntity {
  return Object.hasOwn(RESTORABLE_FIELDS, entityType);
}

/**
 * The version a snapshot records, when it is a whole record of this id (an
 * entry about links or members records only those, and is no version).
 */
export function snapshotVersion(snapshot: Record<string, unknown> | null | undefined, entityId: number): number | null {
  if (!snapshot || snapshot.id !== entityId) return null;
  return typeof snapshot.version === "number" && Number.isInteger(snapshot.version) ? snapshot.version : null;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The restorable values of a snapshot (fields it does not hold are left as they are). */
export function restorableValues(entityType: RestorableEntity, snapshot: Record<string, unknown>): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const field of RESTORABLE_FIELDS[entityType]) if (Object.hasOwn(snapshot, field)) values[field] = snapshot[field];
  return values;
}

/** The fields a restore of `snapshot` would change in `current`. */
export function restoreChanges(
  entityType: RestorableEntity,
  snapshot: Record<string, unknown>,
  current: Record<string, unknown>,
): string[] {
  return Object.entries(restorableValues(entityType, snapshot))
    .filter(([field, value]) => !same(value, current[field]))
    .map(([field]) => field);
}

/** A restore's audit summary: which version came back, from which entry (read back by the history views). */
export type RestoreSummary = { restoredVersion: number; fromAudit: number };

export function restoreSummary(s: RestoreSummary): string {
  return JSON.stringify(s);
}

export function readRestoreSummary(summary: string | null): RestoreSummary | null {
  if (!summary?.startsWith("{")) return null;
  try {
    const parsed = JSON.parse(summary) as Partial<RestoreSummary>;
    return typeof parsed.restoredVersion === "number" && typeof parsed.fromAudit === "number"
      ? { restoredVersion: parsed.restoredVersion, fromAudit: parsed.fromAudit }
      : null;
  } catch {
    return null;
  }
}

/** A "restore this version" button: which snapshot of which entry, and the version it holds. */
export type RestoreOffer = { auditId: number; side: VersionSide; version: number };
type OfferEntry = {
  id: number;
  entityType: string;
  entityId: number;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
};

/**
 * Where each earlier version of a record can be restored from: every version
 * appears once, on the entry that produced it (its `after`), or, for a version
 * no listed entry produced (a record imported without a creation entry), on
 * the first entry that changed it (its `before`). The current version is not
 * offered. `current` maps "<type>:<id>" to the record's version now.
 */
export function restoreOffers(entries: OfferEntry[], current: Map<string, number>): Map<number, RestoreOffer[]> {
  const offers = new Map<number, RestoreOffer[]>();
  const seen = new Set<string>();
  const key = (e: OfferEntry, version: number) => `${e.entityType}:${e.entityId}:${version}`;
  for (const e of entries) {
    const version = snapshotVersion(e.after, e.entityId);
    if (version !== null) seen.add(key(e, version));
  }
  for (const e of entries) {
    if (!isRestorableEntity(e.entityType)) continue;
    const now = current.get(`${e.entityType}:${e.entityId}`);
    if (now === undefined) continue;
    const after = snapshotVersion(e.after, e.entityId);
    const before = snapshotVersion(e.before, e.entityId);
    const list: RestoreOffer[] = [];
    if (after !== null && after !== now) list.push({ auditId: e.id, side: "after", version: after });
    if (before !== null && before !== now && !seen.has(key(e, before))) {
      list.push({ auditId: e.id, side: "before", version: before });
      seen.add(key(e, before));
    }
    if (list.length) offers.set(e.id, list);
  }
  return offers;
}
