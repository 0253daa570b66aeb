import { eq } from "drizzle-orm";
import type { Db, Tx } from "@/db/connection";
import { countries, localities, partnerships, provinces } from "@/db/schema";
import { runAudited } from "@/db/write/audited";
import { getRowForUpdate, updateVersioned } from "@/db/write/versioned";
import { can, hasCapability, isNationalScope, scopeContains, scopeFor } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer";
import { localitySearchKey } from "@/lib/domain/fold-name";
import { ForbiddenError } from "@/lib/errors/app-error";
import type { LocalityValues } from "@/lib/validation/locality";
import { fieldError } from "./partnerships";

type LocalityRow = typeof localities.$inferSelect;

/**
 * Who may change a locality. Ours (in China) belong to their province and,
 * for city staff, to themselves. A locality abroad belongs to all those whose
 * partnerships it is part of: changing it (or merging it) needs every one of
 * them in the viewer's scope, so a place shared by several provinces is the
 * nation's to change. A fresh one belongs to whoever created it.
 */
export function canEditLocality(
  tx: Tx | Db,
  viewer: Viewer,
  row: LocalityRow,
  capability: "localities.edit" | "localities.merge" = "localities.edit",
): boolean {
  if (row.countryCode === "CN") return can(viewer, capability, { ownerLocalityId: row.id, ownerProvinceCode: row.provinceCode });
  if (isNationalScope(viewer)) return hasCapability(viewer, capability);
  const owners = tx
    .select({ id: localities.id, provinceCode: localities.provinceCode })
    .from(partnerships)
    .innerJoin(localities, eq(localities.id, partnerships.ourLocalityId))
    .where(eq(partnerships.partnerLocalityId, row.id))
    .all();
  if (owners.length === 0) return hasCapability(viewer, capability) && row.createdBy === viewer.id;
  return owners.every((o) => can(viewer, capability, { ownerLocalityId: o.id, ownerProvinceCode: o.provinceCode }));
}

/**
 * Country and province must exist; a locality abroad has no Chinese province. Ours are
 * named in Chinese already: their Chinese name is their own. A form that does not send
 * the Chinese name leaves it as it was (`current`).
 */
function normalise(tx: Tx, values: LocalityValues, current?: Pick<LocalityRow, "nameZh">): LocalityValues & { nameZh: string | null } {
  if (!tx.select({ code: countries.code }).from(countries).where(eq(countries.code, values.countryCode)).get())
    throw fieldError("countryCode", "validation.invalidChoice");
  const nameZh = values.nameZh === undefined ? (current?.nameZh ?? null) : values.nameZh;
  if (values.countryCode !== "CN") return { ...values, nameZh, provinceCode: null };
  if (
    !tx
      .select({ code: provinces.code })
      .from(provinces)
      .where(eq(provinces.code, values.provinceCode ?? ""))
      .get()
  )
    throw fieldError("provinceCode", "validation.invalidChoice");
  return { ...values, nameZh: values.nameLocal, stateName: null };
}

type Names = { nameLocal: string; nameRomanised: string; nameZh?: string | null };

/** The folded names of every script, the Chinese name's pinyin, and any former names (from merges) that the key held. */
export function nextSearchKey(
  before: (Pick<LocalityRow, "nameLocal" | "nameRomanised" | "searchKey"> & { nameZh?: string | null }) | null,
  values: Names,
  ...more: string[]
): string {
  const derivedBefore = before
    ? new Set(localitySearchKey(before.nameLocal, before.nameRomanised, before.nameZh).split(" "))
    : new Set<string>();
  const kept = before ? before.searchKey.split(" ").filter((t) => t && !derivedBefore.has(t)) : [];
  const terms = [
    ...localitySearchKey(values.nameLocal, values.nameRomanised, values.nameZh).split(" "),
    ...kept,
    ...more.flatMap((m) => m.split(" ")),
  ];
  return [...new Set(terms.filter(Boolean))].join(" ");
}

/** Adds a locality to the directory. Localities in China are added by their province's administrators. */
export function createLocality(db: Db, viewer: Viewer, input: LocalityValues): number {
  return runAudited(db, viewer.id, (tx, audit) => {
    const values = normalise(tx, input);
    // A new place in China must lie within the viewer's scope as a whole province: city staff cannot add one.
    const allowed =
      values.countryCode === "CN"
        ? values.provinceCode !== null &&
          scopeContains(scopeFor(viewer, "localities.edit"), { kind: "province", provinceCode: values.provinceCode })
        : hasCapability(viewer, "localities.edit");
    if (!allowed) throw new ForbiddenError();
    const row = tx
      .insert(localities)
      .values({ ...values, searchKey: nextSearchKey(null, values), createdBy: viewer.id, updatedBy: viewer.id })
      .returning()
      .get();
    audit({ action: "create", entityType: "locality", entityId: row.id, after: row });
    return row.id;
  });
}

export function updateLocality(db: Db, viewer: Viewer, id: number, version: number, input: LocalityValues): number {
  return runAudited(db, viewer.id, (tx, audit) => {
    const current = getRowForUpdate(tx, localities, id);
    const values = normalise(tx, input, current);
    if (!canEditLocality(tx, viewer, current)) throw new ForbiddenError();
    if ((current.countryCode === "CN") !== (values.countryCode === "CN")) throw fieldError("countryCode", "localities.errors.sideChange");
    // Moving a place changes whose scope it (and every record of it) is in: that is the nation's decision.
    const moved =
      values.countryCode !== current.countryCode
        ? "countryCode"
        : (values.provinceCode ?? null) !== (current.provinceCode ?? null)
          ? "provinceCode"
          : null;
    if (moved && !isNationalScope(viewer)) throw fieldError(moved, "errors.localityScopeChangeNational");
    updateVersioned(tx, audit, {
      table: localities,
      entityType: "locality",
      id,
      expectedVersion: version,
      actorId: viewer.id,
      values: { ...values, searchKey: nextSearchKey(current, values) },
    });
    return id;
  });
}
