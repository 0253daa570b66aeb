import { eq } from "drizzle-orm";
import type { Db } from "@/db/connection";
import { localities, users } from "@/db/schema";
import type { Role } from "@/lib/domain/enums";
import { hashSync } from "@node-rs/argon2";

export const DEMO_PASSWORD = "amity-demo-2026";

export type DemoAccount = { email: string; name: string; role: Role; provinceCode?: string; localityRomanised?: string };

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { email: "admin@amity.test", name: "王静 Wang Jing", role: "national_admin" },
  { email: "shandong@amity.test", name: "李明 Li Ming", role: "province_admin", provinceCode: "SD" },
  { email: "tianjin@amity.test", name: "张伟 Zhang Wei", role: "city_staff", localityRomanised: "Tianjin" },
  { email: "viewer@amity.test", name: "陈晓 Chen Xiao", role: "viewer" },
];

/** Creates the demo accounts, one per role, all with DEMO_PASSWORD (only in a database marked demo). */
export function seedDemoUsers(db: Db): DemoAccount[] {
  const passwordHash = hashSync(DEMO_PASSWORD);
  for (const account of DEMO_ACCOUNTS) {
    const locality = account.localityRomanised
      ? db.select({ id: localities.id }).from(localities).where(eq(localities.nameRomanised, account.localityRomanised)).get()
      : undefined;
    db.insert(users)
      .values({
        email: account.email,
        name: account.name,
        passwordHash,
        role: account.role,
        provinceCode: account.provinceCode ?? null,
        localityId: locality?.id ?? null,
        // The demo password is public and shared by design: never forced to change.
        mustChangePassword: false,
      })
      .onConflictDoNothing()
      .run();
  }
  return DEMO_ACCOUNTS;
}
