import { eq } from "drizzle-orm";
import { activities, auditLog, contacts, delegations, localities, partnerships } from "@/db/schema";
import { auditSnapshot } from "@/db/write/audited";
import { RULES, type Expectation, type Row } from "./judge";
import { act, request, siteRequest } from "./call";
import { fresh, type Scope, type World } from "./world";

const R = "(app)/admin/audit/actions.ts#restoreVersionAction";
const TABLES = {
  partnership: partnerships,
  contact: contacts,
  activity: activities,
  delegation: delegations,
  locality: localities,
} as const;
type Entity = keyof typeof TABLES;

/**
 * An earlier version of a record, as the audit log holds it: an update entry
 * whose `before` is the record as it is now with other values. Restoring it
 * writes those values back at the record's current version (1).
 */
function pastVersion(w: World, entityType: Entity, id: number, changes: Record<string, unknown>) {
  const table = TABLES[entityType];
  const row = w.db.select().from(table).where(eq(table.id, id)).get() as Record<string, unknown>;
  const entry = w.db
    .insert(auditLog)
    .values({
      userId: w.admin.id,
      action: "update",
      entityType,
      entityId: id,
      before: { ...auditSnapshot(row), ...changes },
      after: auditSnapshot(row),
    })
    .returning({ id: auditLog.id })
    .get();
  return { auditId: entry.id, side: "before", version: row.version as number };
}

/** A locality abroad partnered in one scope only (its owners are that scope's). */
function partnerIn(w: World, scope: Scope): number {
  const partner = w.partnerLocality();
  w.partnership(scope, partner);
  return partner;
}

const unknownEntry: Expectation = { ...RULES.nobody, anonymous: ["signedOut", "signedOut"] };

export const historyRows: Row[] = [
  {
    target: R,
    variant: "a partnership's earlier notes",
    writes: true,
    expect: RULES.scopedWrite,
    run: act((w, scope) => pastVersion(w, "partnership", w.partnership(scope), { notes: fresh("Old notes") })),
  },
  {
    target: R,
    variant: "a contact's earlier name",
    writes: true,
    expect: RULES.scopedWrite,
    run: act((w, scope) => pastVersion(w, "contact", w.contact(scope), { personName: fresh("Old name") })),
  },
  {
    target: R,
    variant: "an activity's earlier title",
    writes: true,
    expect: RULES.scopedWrite,
    run: act((w, scope) => pastVersion(w, "activity", w.activity(scope).id, { title: fresh("Old title") })),
  },
  {
    target: R,
    variant: "a delegation's earlier leader",
    writes: true,
    expect: RULES.scopedWrite,
    run: act((w, scope) => pastVersion(w, "delegation", w.delegation(scope).id, { leaderName: fresh("Old leader"), leaderRank: "bureau" })),
  },
  {
    target: R,
    variant: "a partner locality's earlier romanised name",
    writes: true,
    expect: RULES.scopedWrite,
    run: act((w, scope) => pastVersion(w, "locality", partnerIn(w, scope), { nameRomanised: fresh("Oldname") })),
  },
  {
    target: R,
    variant: "an audit entry that does not exist",
    writes: true,
    expect: unknownEntry,
    run: act(() => ({ auditId: 2_000_000_000, side: "before", version: 1 })),
  },
];

export const contactExportRows: Row[] = [
  {
    target: "(app)/contacts/actions.ts#partnershipContactsAction",
    variant: "the activity form's contact checklist (reading is national)",
    writes: false,
    expect: RULES.readAll,
    run: act((w, scope) => ({
      partnershipIds: [w.db.$client.prepare("select partnership_id from contacts where id = ?").pluck().get(w.contact(scope)) as number],
    })),
  },
  {
    target: "(app)/contacts/export/route.ts#GET",
    variant: "the directory's export (reading is national)",
    writes: false,
    expect: RULES.exporters,
    run: request((_w, scope) => ({
      req: siteRequest(`/contacts/export?format=csv&scope=all&side=${scope === "own" ? "ours" : "partner"}`),
    })),
  },
];
