import { and, asc, count, desc, eq, isNull, or, sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "@/db/connection";
import { localities, provinces, users } from "@/db/schema";
import { scopeCondition, scopeFor } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer";
import { foldName } from "@/lib/domain/fold-name";
import type { Role } from "@/lib/domain/enums";
import type { UserListParams } from "@/lib/validation/user-lists";
import { containsText } from "./search";

/** The province a user belongs to: their locality's for city staff, else their own. */
export const effectiveProvince = sql<string | null>`coalesce(${localities.provinceCode}, ${users.provinceCode})`;

export type AdminUserRow = {
  id: number;
  name: string;
  email: string;
  role: Role;
  provinceCode: string | null;
  localityId: number | null;
  localityName: string | null;
  active: boolean;
  lastSignInAt: Date | null;
  version: number;
};

const columns = {
  id: users.id,
  name: users.name,
  email: users.email,
  role: users.role,
  provinceCode: effectiveProvince,
  localityId: users.localityId,
  localityName: localities.nameLocal,
  active: users.active,
  lastSignInAt: users.lastSignInAt,
  version: users.version,
};

/** The users an administrator may see: everyone for the nation, their province's for a province admin. */
export function userScopeCondition(viewer: Viewer): SQL | undefined {
  return scopeCondition(scopeFor(viewer, "users.manage"), { localityId: users.localityId, provinceCode: effectiveProvince });
}

const SORT = {
  name: users.name,
  email: users.email,
  role: users.role,
  lastSignInAt: users.lastSignInAt,
} as const;

export function listUsers(db: DbOrTx, viewer: Viewer, params: UserListParams): { rows: AdminUserRow[]; total: number } {
  const q = params.q;
  const where = and(
    userScopeCondition(viewer),
    params.role ? eq(users.role, params.role) : undefined,
    params.province ? eq(effectiveProvince, params.province) : undefined,
    params.active ? eq(users.active, params.active === "1") : undefined,
    q ? or(containsText(users.name, q), containsText(users.email, q)) : undefined,
  );
  const order = params.dir === "desc" ? desc(SORT[params.sort]) : asc(SORT[params.sort]);
  const rows = db
    .select(columns)
    .from(users)
    .leftJoin(localities, eq(localities.id, users.localityId))
    .where(where)
    .orderBy(order, asc(users.id))
    .limit(params.pageSize)
    .offset((params.page - 1) * params.pageSize)
    .all();
  const total = db.select({ n: count() }).from(users).leftJoin(localities, eq(localities.id, users.localityId)).where(where).get()?.n ?? 0;
  return { rows, total };
}

export type AdminUserDetail = AdminUserRow & { ownProvinceCode: string | null };

/** One user for the edit page, or undefined if missing or outside the administrator's scope. */
export function getUserForAdmin(db: DbOrTx, viewer: Viewer, id: number): AdminUserDetail | undefined {
  return db
    .select({ ...columns, ownProvinceCode: users.provinceCode })
    .from(users)
    .leftJoin(localities, eq(localities.id, users.localityId))
    .where(and(eq(users.id, id), userScopeCondition(viewer)))
    .get();
}

/** The signed-in user's own account, for their account page. */
export function getOwnAccount(db: DbOrTx, viewer: Viewer): AdminUserDetail | undefined {
  return db
    .select({ ...columns, ownProvinceCode: users.provinceCode })
    .from(users)
    .leftJoin(localities, eq(localities.id, users.localityId))
    .where(eq(users.id, viewer.id))
    .get();
}

export type ProvinceOption = { code: string; nameEn: string; nameZh: string };

export function listProvinceOptions(db: DbOrTx): ProvinceOption[] {
  return db
    .select({ code: provinces.code, nameEn: provinces.nameEn, nameZh: provinces.nameZh })
    .from(provinces)
    .orderBy(asc(provinces.code))
    .all();
}

export type LocalityOption = { id: number; nameLocal: string; nameRomanised: string; nameZh: string | null; provinceCode: string | null };

/** Localities on our (Chinese) side whose names match, for the picker; a province admin's only. */
export function searchOurLocalities(db: DbOrTx, viewer: Viewer, text: string, limit = 10): LocalityOption[] {
  const folded = foldName(text);
  if (!folded) return [];
  return db
    .select({
      id: localities.id,
      nameLocal: localities.nameLocal,
      nameRomanised: localities.nameRomanised,
      nameZh: localities.nameZh,
      provinceCode: localities.provinceCode,
    })
    .from(localities)
    .where(
      and(
        eq(localities.countryCode, "CN"),
        isNull(localities.archivedAt),
        isNull(localities.mergedIntoId),
        containsText(localities.searchKey, folded),
        scopeCondition(scopeFor(viewer, "users.manage"), { localityId: localities.id, provinceCode: localities.provinceCode }),
      ),
    )
    .orderBy(sql`instr(${localities.searchKey}, ${folded})`, asc(sql`length(${localities.nameLocal})`), asc(localities.nameRomanised))
    .limit(limit)
    .all();
}

/** Everyone who appears in the audit log, for its filter. */
export function listUserOptions(db: DbOrTx): { id: number; name: string; email: string }[] {
  return db.select({ id: users.id, name: users.name, email: users.email }).from(users).orderBy(asc(users.name)).all();
}
