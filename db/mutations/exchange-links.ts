import type { DbOrTx, Tx } from "@/db/connection";
import { can } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer";
import { AppError } from "@/lib/errors/app-error";
import { ownerOfLocality, partnershipScopes } from "@/db/queries/activities-scope";

/**
 * Checks the partnerships a form picked and the locality on our side, and
 * returns that locality (the record's owner): every partnership must exist,
 * be current (or already linked) and lie in the viewer's scope; the locality
 * must be ours in one of them.
 */
export function resolveOwner(
  tx: Tx,
  viewer: Viewer,
  opts: { partnershipIds: number[]; localityId: number | null; field: "organiserLocalityId" | "ourLocalityId"; alreadyLinked?: number[] },
): number {
  const scopes = partnershipScopes(tx, opts.partnershipIds);
  const kept = new Set(opts.alreadyLinked ?? []);
  if (scopes.length !== opts.partnershipIds.length || scopes.some((p) => p.archived && !kept.has(p.id))) {
    throw new AppError("invalidInput", {}, { partnershipIds: ["activities.validation.partnershipUnavailable"] });
  }
  if (scopes.some((p) => !can(viewer, "records.edit", { ownerLocalityId: p.ourLocalityId, ownerProvinceCode: p.ownerProvinceCode }))) {
    throw new AppError("forbidden", {}, { partnershipIds: ["activities.validation.partnershipNotYours"] });
  }
  const localityId = opts.localityId ?? scopes.find((p) => p.id === opts.partnershipIds[0])?.ourLocalityId ?? null;
  if (localityId === null || !scopes.some((p) => p.ourLocalityId === localityId)) {
    throw new AppError("invalidInput", {}, { [opts.field]: ["activities.validation.organiserNotInvolved"] });
  }
  const owner = ownerOfLocality(tx, localityId);
  if (!owner || !can(viewer, "records.edit", owner))
    throw new AppError("forbidden", {}, { [opts.field]: ["activities.validation.partnershipNotYours"] });
  return localityId;
}

/** Refuses a change to a record whose owner is outside the viewer's scope. */
export function assertMayEdit(tx: DbOrTx, viewer: Viewer, ownerLocalityId: number): void {
  const owner = ownerOfLocality(tx, ownerLocalityId);
  if (!owner || !can(viewer, "records.edit", owner)) throw new AppError("forbidden");
}

export const sameIds = (a: number[], b: number[]) => a.length === b.length && [...a].sort().join() === [...b].sort().join();
