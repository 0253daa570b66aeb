import { eq, inArray } from "drizzle-orm";
import type { Db, Tx } from "@/db/connection";
import { activities, caseLinks, cases, localities, partnerships } from "@/db/schema";
import type { Audit } from "@/db/write/audited";
import { runAudited } from "@/db/write/audited";
import { setArchived } from "@/db/write/archived";
import { getRowForUpdate, updateVersioned } from "@/db/write/versioned";
import { canEditOffice, canModerateCase, officeOf } from "@/lib/auth/permissions";
import type { OwnedRecord, Viewer } from "@/lib/auth/viewer";
import { now } from "@/lib/domain/clock";
import { caseSearchText } from "@/lib/domain/case-search";
import type { CaseLinkKind } from "@/lib/domain/enums";
import { AppError, ForbiddenError } from "@/lib/errors/app-error";
import type { CaseCreateInput, CaseUpdateInput } from "@/lib/validation/case";

type Links = Pick<CaseCreateInput, "partnershipIds" | "localityIds" | "activityIds">;
type CaseRow = typeof cases.$inferSelect;

const LINK_TABLES = { partnership: partnerships, locality: localities, activity: activities } as const;
const LINK_FIELDS: Record<CaseLinkKind, keyof Links> = { partnership: "partnershipIds", locality: "localityIds", activity: "activityIds" };

function linkList(input: Links): { kind: CaseLinkKind; targetId: number }[] {
  return (Object.keys(LINK_FIELDS) as CaseLinkKind[]).flatMap((kind) => input[LINK_FIELDS[kind]].map((targetId) => ({ kind, targetId })));
}

/** Every linked record must exist (reading is national: any partnership, locality or activity may be named). */
function checkLinks(tx: Tx, input: Links): void {
  for (const kind of Object.keys(LINK_FIELDS) as CaseLinkKind[]) {
    const ids = input[LINK_FIELDS[kind]];
    if (ids.length === 0) continue;
    const table = LINK_TABLES[kind];
    const found = tx.select({ id: table.id }).from(table).where(inArray(table.id, ids)).all().length;
    if (found !== ids.length) throw new AppError("invalidInput", {}, { [LINK_FIELDS[kind]]: ["cases.validation.linkUnavailable"] });
  }
}

function currentLinks(tx: Tx, caseId: number): Links {
  const rows = tx.select().from(caseLinks).where(eq(caseLinks.caseId, caseId)).all();
  const of = (kind: CaseLinkKind) => rows.filter((r) => r.kind === kind).map((r) => r.targetId);
  return { partnershipIds: of("partnership"), localityIds: of("locality"), activityIds: of("activity") };
}

const linkKey = (l: Links) =>
  JSON.stringify(
    linkList(l)
      .map((x) => `${x.kind}:${x.targetId}`)
      .sort(),
  );

function writeLinks(tx: Tx, caseId: number, input: Links): void {
  tx.delete(caseLinks).where(eq(caseLinks.caseId, caseId)).run();
  const rows = linkList(input).map((l) => ({ caseId, ...l }));
  if (rows.length) tx.insert(caseLinks).values(rows).run();
}

function columns(input: CaseCreateInput | CaseUpdateInput, publishedAt: Date | null) {
  return {
    title: input.title,
    summary: input.summary,
    body: input.body,
    category: input.category,
    language: input.language,
    tags: input.tags,
    status: input.status,
    startDate: input.startDate,
    endDate: input.endDate,
    publishedAt: input.status === "published" ? (publishedAt ?? now()) : null,
    searchText: caseSearchText(input),
  };
}

const ownerOf = (row: CaseRow): OwnedRecord => ({ ownerLocalityId: row.ownerLocalityId, ownerProvinceCode: row.ownerProvinceCode });

/** The case, if the viewer may edit it (its office or the administrators above it). */
function caseToEdit(tx: Tx, viewer: Viewer, id: number): CaseRow {
  const row = getRowForUpdate(tx, cases, id);
  if (!canEditOffice(viewer, ownerOf(row))) throw new ForbiddenError();
  return row;
}

/** Writes a new case for the viewer's office, as a draft or published. */
export function createCase(db: Db, viewer: Viewer, input: CaseCreateInput): { id: number } {
  const office = officeOf(viewer);
  if (!office) throw new ForbiddenError();
  return runAudited(db, viewer.id, (tx, audit) => {
    checkLinks(tx, input);
    if (input.sourceActivityId !== null) checkLinks(tx, { partnershipIds: [], localityIds: [], activityIds: [input.sourceActivityId] });
    const row = tx
      .insert(cases)
      .values({ ...columns(input, null), ...office, sourceActivityId: input.sourceActivityId, createdBy: viewer.id, updatedBy: viewer.id })
      .returning()
      .get();
    writeLinks(tx, row.id, input);
    audit({ action: "create", entityType: "case", entityId: row.id, after: { ...row, ...input } });
    return { id: row.id };
  });
}

/** Saves an edited case if it is still at the version the form was loaded with. */
export function updateCase(db: Db, viewer: Viewer, input: CaseUpdateInput): { id: number } {
  return runAudited(db, viewer.id, (tx, audit) => {
    const current = caseToEdit(tx, viewer, input.id);
    checkLinks(tx, input);
    updateVersioned(tx, audit, {
      table: cases,
      entityType: "case",
      id: input.id,
      expectedVersion: input.version,
      actorId: viewer.id,
      values: columns(input, current.publishedAt),
    });
    const before = currentLinks(tx, input.id);
    if (linkKey(before) !== linkKey(input)) {
      writeLinks(tx, input.id, input);
      const after: Links = { partnershipIds: input.partnershipIds, localityIds: input.localityIds, activityIds: input.activityIds };
      audit({ action: "update", entityType: "case", entityId: input.id, before, after, summary: "links" });
    }
    return { id: input.id };
  });
}

/** Archives (never deletes) or restores a case. */
export function setCaseArchived(db: Db, viewer: Viewer, input: { id: number; version: number }, archived: boolean): { id: number } {
  return runAudited(db, viewer.id, (tx, audit) => {
    caseToEdit(tx, viewer, input.id);
    setArchived(tx, audit, {
      table: cases,
      entityType: "case",
      id: input.id,
      expectedVersion: input.version,
      actorId: viewer.id,
      archived,
    });
    return { id: input.id };
  });
}

type Moderation = { action: "feature" } | { action: "unfeature" } | { action: "hide"; reason: string } | { action: "unhide" };

function moderationValues(viewer: Viewer, row: CaseRow, m: Moderation): Partial<CaseRow> {
  switch (m.action) {
    case "feature":
      // Only a published, shown case is put forward to everyone.
      if (row.status !== "published" || row.hiddenAt || row.archivedAt) throw new AppError("caseNotPublished");
      return { featuredAt: now(), featuredBy: viewer.id };
    case "unfeature":
      return { featuredAt: null, featuredBy: null };
    case "hide":
      return { hiddenAt: now(), hiddenBy: viewer.id, hiddenReason: m.reason, featuredAt: null, featuredBy: null };
    case "unhide":
      return { hiddenAt: null, hiddenBy: null, hiddenReason: null };
  }
}

/** An administrator features, unfeatures, hides (with a reason shown to the author) or shows again a case in their scope. */
export function moderateCase(db: Db, viewer: Viewer, input: { id: number; version: number }, m: Moderation): { id: number } {
  return runAudited(db, viewer.id, (tx, audit: Audit) => {
    const row = getRowForUpdate(tx, cases, input.id);
    if (!canModerateCase(viewer, ownerOf(row))) throw new ForbiddenError();
    updateVersioned(tx, audit, {
      table: cases,
      entityType: "case",
      id: input.id,
      expectedVersion: input.version,
      actorId: viewer.id,
      values: moderationValues(viewer, row, m),
      action: m.action,
    });
    return { id: input.id };
  });
}
