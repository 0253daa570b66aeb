import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/connection";
import { localities, users } from "@/db/schema";
import { roleScopeField } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer";

export type UserRow = typeof users.$inferSelect;

export function getUserByEmail(db: DbOrTx, email: string): UserRow | undefined {
  return db.select().from(users).where(eq(users.email, email.trim().toLowerCase())).get();
}

/** The active user behind a session, as authorisation sees them; undefined if gone or deactivated. */
type ViewerRow = Viewer & {
  locale: UserRow["locale"];
  passwordChangedAt: Date | null;
  localityName: string | null;
  /** Sessions carry the generation they began in; an older one has been ended. */
  sessionGeneration: number;
  /** An administrator chose the password: the user must choose their own before anything else. */
  mustChangePassword: boolean;
};

export function getViewerById(db: DbOrTx, id: number): ViewerRow | undefined {
  const row = db
    .select({ user: users, localityProvince: localities.provinceCode, localityName: localities.nameLocal })
    .from(users)
    .leftJoin(localities, eq(localities.id, users.localityId))
    .where(eq(users.id, id))
    .get();
  if (!row || !row.user.active) return undefined;
  const { user } = row;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    provinceCode: roleScopeField(user.role).locality ? row.localityProvince : user.provinceCode,
    localityId: roleScopeField(user.role).locality ? user.localityId : null,
    locale: user.locale,
    passwordChangedAt: user.passwordChangedAt,
    localityName: row.localityName,
    sessionGeneration: user.sessionGeneration,
    mustChangePassword: user.mustChangePassword,
  };
}
