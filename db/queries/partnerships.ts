import { and, asc, desc, eq, isNull, ne, or } from "drizzle-orm";
import type { DbOrTx } from "@/db/connection";
import { contacts, partnershipStatusHistory, partnerships, users } from "@/db/schema";
import type { OwnedRecord } from "@/lib/auth/viewer";
import { localitySide, type LocalitySide } from "./localities";
import { auditEntries, type AuditEntryRow } from "./partnerships-audit";

export type PartnershipDetail = typeof partnerships.$inferSelect & {
  ours: LocalitySide;
  partner: LocalitySide;
  updatedByName: string | null;
};

/** A partnership with both sides described, or undefined. */
export function getPartnership(db: DbOrTx, id: number): PartnershipDetail | undefined {
  const row = db
    .select({ p: partnerships, updatedByName: users.name })
    .from(partnerships)
    .leftJoin(users, eq(users.id, partnerships.updatedBy))
    .where(eq(partnerships.id, id))
    .get();
  if (!row) return undefined;
  const oursSide = localitySide(db, row.p.ourLocalityId);
  const partnerSide = localitySide(db, row.p.partnerLocalityId);
  if (!oursSide || !partnerSide) return undefined;
  return { ...row.p, ours: oursSide, partner: partnerSide, updatedByName: row.updatedByName };
}

/** Who owns a partnership for authorisation: its locality on our side and that locality's province. */
export function ownerOf(db: DbOrTx, ourLocalityId: number): OwnedRecord {
  const side = localitySide(db, ourLocalityId);
  return { ownerLocalityId: ourLocalityId, ownerProvinceCode: side?.provinceCode ?? null };
}

/** The yearly status history, newest year first. */
export function statusHistory(db: DbOrTx, partnershipId: number) {
  return db
    .select({
      year: partnershipStatusHistory.year,
      status: partnershipStatusHistory.status,
      source: partnershipStatusHistory.source,
    })
    .from(partnershipStatusHistory)
    .where(eq(partnershipStatusHistory.partnershipId, partnershipId))
    .orderBy(desc(partnershipStatusHistory.year))
    .all();
}

export type ContactRow = typeof contacts.$inferSelect;

/** The partnership's current (not archived) contacts, our side first. */
export function listContacts(db: DbOrTx, partnershipId: number): ContactRow[] {
  return db
    .select()
    .from(contacts)
    .where(and(eq(contacts.partnershipId, partnershipId), isNull(contacts.archivedAt)))
    .orderBy(desc(contacts.side), asc(contacts.personName))
    .all();
}

export function getContact(db: DbOrTx, id: number): ContactRow | undefined {
  return db.select().from(contacts).where(eq(contacts.id, id)).get();
}

/** The duplicate guard: the partnership between these two localities, in either order. */
export function findPair(db: DbOrTx, a: number, b: number, exceptId?: number) {
  return db
    .select({ id: partnerships.id, archivedAt: partnerships.archivedAt })
    .from(partnerships)
    .where(
      and(
        or(
          and(eq(partnerships.ourLocalityId, a), eq(partnerships.partnerLocalityId, b)),
          and(eq(partnerships.ourLocalityId, b), eq(partnerships.partnerLocalityId, a)),
        ),
        exceptId ? ne(partnerships.id, exceptId) : undefined,
      ),
    )
    .get();
}

/** The History tab: changes to the partnership and to its contacts, newest first. */
export function partnershipHistory(db: DbOrTx, partnershipId: number): AuditEntryRow[] {
  const contactIds = db
    .select({ id: contacts.id })
    .from(contacts)
    .where(eq(contacts.partnershipId, partnershipId))
    .all()
    .map((c) => c.id);
  return auditEntries(db, [
    { entityType: "partnership", ids: [partnershipId] },
    { entityType: "contact", ids: contactIds },
  ]);
}
