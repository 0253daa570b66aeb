import { and, eq, isNull, ne, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db/connection";
import { localities, provinces, users } from "@/db/schema";
import { runAudited } from "@/db/write/audited";
import { getRowForUpdate, updateVersioned } from "@/db/write/versioned";
import { now } from "@/lib/domain/clock";
import { canManageUser, roleScopeField, viewerScope } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer";
import type { Role } from "@/lib/domain/enums";
import { AppError, ForbiddenError } from "@/lib/errors/app-error";
import type { CreateUserInput, UpdateUserInput, UserRefInput } from "@/lib/validation/user";

type ScopeInput = { role: Role; provinceCode: string; localityId: number | null };
type Scope = { provinceCode: string | null; localityId: number | null; effectiveProvince: string | null };

const invalidChoice = (field: string) => new AppError("invalidInput", {}, { [field]: ["validation.invalidChoice"] });

function provinceExists(tx: Tx, code: string): boolean {
  return Boolean(tx.select({ code: provinces.code }).from(provinces).where(eq(provinces.code, code)).get());
}

/** The stored scope of an account of this role, checked against the reference data. */
export function resolveScope(tx: Tx, viewer: Viewer, input: ScopeInput): Scope {
  const needs = roleScopeField(input.role);
  if (needs.province === "required") {
    if (!provinceExists(tx, input.provinceCode)) throw invalidChoice("provinceCode");
    return { provinceCode: input.provinceCode, localityId: null, effectiveProvince: input.provinceCode };
  }
  if (needs.province === "optional") {
    // A province administrator's viewers belong to their province.
    const own = viewerScope(viewer);
    const code = input.provinceCode || (own.kind === "province" ? own.provinceCode : null) || null;
    if (code !== null && !provinceExists(tx, code)) throw invalidChoice("provinceCode");
    return { provinceCode: code, localityId: null, effectiveProvince: code };
  }
  if (needs.locality) {
    const locality = tx
      .select({ id: localities.id, provinceCode: localities.provinceCode })
      .from(localities)
      .where(
        and(
          eq(localities.id, input.localityId ?? 0),
          eq(localities.countryCode, "CN"),
          isNull(localities.archivedAt),
          isNull(localities.mergedIntoId),
        ),
      )
      .get();
    if (!locality) throw invalidChoice("localityId");
    return { provinceCode: null, localityId: locality.id, effectiveProvince: locality.provinceCode };
  }
  return { provinceCode: null, localityId: null, effectiveProvince: null };
}

/** The role and province by which authorisation judges an existing account. */
function currentTarget(tx: Tx, id: number): { role: Role; provinceCode: string | null; row: typeof users.$inferSelect } {
  const row = getRowForUpdate(tx, users, id);
  const localityProvince = row.localityId
    ? (tx.select({ p: localities.provinceCode }).from(localities).where(eq(localities.id, row.localityId)).get()?.p ?? null)
    : null;
  return { role: row.role, provinceCode: roleScopeField(row.role).locality ? localityProvince : row.provinceCode, row };
}

function assertEmailFree(tx: Tx, email: string, exceptId?: number) {
  const taken = tx
    .select({ id: users.id })
    .from(users)
    .where(exceptId ? and(eq(users.email, email), ne(users.id, exceptId)) : eq(users.email, email))
    .get();
  if (taken) throw new AppError("emailTaken", {}, { email: ["errors.emailTaken"] });
}

export function createUser(db: Db, viewer: Viewer, input: CreateUserInput, passwordHash: string): { id: number } {
  return runAudited(db, viewer.id, (tx, audit) => {
    const scope = resolveScope(tx, viewer, input);
    if (!canManageUser(viewer, { role: input.role, provinceCode: scope.effectiveProvince })) throw new ForbiddenError();
    assertEmailFree(tx, input.email);
    const row = tx
      .insert(users)
      .values({
        name: input.name,
        email: input.email,
        role: input.role,
        provinceCode: scope.provinceCode,
        localityId: scope.localityId,
        passwordHash,
        // The administrator knows this password: the user chooses their own at first sign-in.
        mustChangePassword: true,
        createdBy: viewer.id,
        updatedBy: viewer.id,
      })
      .returning()
      .get();
    audit({ action: "create", entityType: "user", entityId: row.id, after: row });
    return { id: row.id };
  });
}

export function updateUser(db: Db, viewer: Viewer, input: UpdateUserInput): { id: number; version: number } {
  return runAudited(db, viewer.id, (tx, audit) => {
    const target = currentTarget(tx, input.id);
    if (!canManageUser(viewer, target)) throw new ForbiddenError();
    if (input.id === viewer.id && input.role !== target.role) {
      throw new AppError("invalidInput", {}, { role: ["admin.errors.ownRole"] });
    }
    const scope = resolveScope(tx, viewer, input);
    if (!canManageUser(viewer, { role: input.role, provinceCode: scope.effectiveProvince })) throw new ForbiddenError();
    assertEmailFree(tx, input.email, input.id);
    const after = updateVersioned(tx, audit, {
      table: users,
      entityType: "user",
      id: input.id,
      expectedVersion: input.version,
      actorId: viewer.id,
      values: { name: input.name, email: input.email, role: input.role, provinceCode: scope.provinceCode, localityId: scope.localityId },
    });
    return { id: after.id, version: after.version };
  });
}

/**
 * Deactivates (sign-in and sessions stop at once) or reactivates an account. Either way every earlier
 * session ends for good: reactivating does not bring back the sessions of before the deactivation.
 */
export function setUserActive(db: Db, viewer: Viewer, input: UserRefInput, active: boolean): { id: number; version: number } {
  return updateManagedUser(db, viewer, input, new AppError("cannotDeactivateSelf"), (target) => ({
    values: { active, sessionGeneration: target.row.sessionGeneration + 1 },
    action: active ? "reactivate" : "deactivate",
  }));
}

/**
 * Sets an administrator-chosen password (already hashed), ends the account's existing sessions, and
 * makes the user choose their own password at their next sign-in.
 */
export function resetUserPassword(db: Db, viewer: Viewer, input: UserRefInput, passwordHash: string): { id: number; version: number } {
  return updateManagedUser(db, viewer, input, new ForbiddenError(), (target) => ({
    values: { passwordHash, passwordChangedAt: now(), mustChangePassword: true, sessionGeneration: target.row.sessionGeneration + 1 },
    action: "reset_password",
  }));
}

/**
 * Changes another account the viewer manages, at the version they saw, audited: their own account
 * is refused with `ownRefusal`, one outside their scope is forbidden.
 */
function updateManagedUser(
  db: Db,
  viewer: Viewer,
  input: UserRefInput,
  ownRefusal: Error,
  change: (target: ReturnType<typeof currentTarget>) => {
    values: Partial<typeof users.$inferInsert>;
    action: "deactivate" | "reactivate" | "reset_password";
  },
): { id: number; version: number } {
  return runAudited(db, viewer.id, (tx, audit) => {
    if (input.id === viewer.id) throw ownRefusal;
    const target = currentTarget(tx, input.id);
    if (!canManageUser(viewer, target)) throw new ForbiddenError();
    const after = updateVersioned(tx, audit, {
      table: users,
      entityType: "user",
      id: input.id,
      expectedVersion: input.version,
      actorId: viewer.id,
      ...change(target),
    });
    return { id: after.id, version: after.version };
  });
}

/**
 * The signed-in user's own new password, if the account is still at the version whose password was
 * verified. Every earlier session ends (the form signs this one in again), and the duty to replace
 * an administrator's password is met.
 */
export function changeOwnPassword(db: Db, viewer: Viewer, expectedVersion: number, passwordHash: string): void {
  runAudited(db, viewer.id, (tx, audit) => {
    const { sessionGeneration } = getRowForUpdate(tx, users, viewer.id);
    updateVersioned(tx, audit, {
      table: users,
      entityType: "user",
      id: viewer.id,
      expectedVersion,
      actorId: viewer.id,
      values: { passwordHash, passwordChangedAt: now(), mustChangePassword: false, sessionGeneration: sessionGeneration + 1 },
      action: "change_password",
    });
  });
}

/**
 * Signing out ends every session of the account, this one and any copy of its cookie. Not a change
 * to the record (no new version, no audit row), like the time of the last sign-in.
 */
export function endSessions(db: Db, userId: number): void {
  db.update(users)
    .set({ sessionGeneration: sql`${users.sessionGeneration} + 1` })
    .where(eq(users.id, userId))
    .run();
}
