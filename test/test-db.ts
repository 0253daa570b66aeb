import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDatabase, type Db } from "@/db/connection";
import { countries, localities, provinces, users } from "@/db/schema";
import type { Role } from "@/lib/domain/enums";
import { localitySearchKey } from "@/lib/domain/fold-name";
import type { Viewer } from "@/lib/auth/viewer";

/** A fresh, migrated SQLite file in a temporary folder, with a little reference data. */
export function createTestDb(): Db {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "amity-test-"));
  const db = openDatabase(path.join(dir, "test.db"));
  db.insert(countries)
    .values([
      { code: "CN", nameEn: "China", nameZh: "中国", nameNative: "中国" },
      { code: "JP", nameEn: "Japan", nameZh: "日本", nameNative: "日本" },
      { code: "KR", nameEn: "South Korea", nameZh: "韩国", nameNative: "대한민국" },
    ])
    .run();
  db.insert(provinces)
    .values([
      { code: "TJ", nameEn: "Tianjin", nameZh: "天津市", region: "east" },
      { code: "SD", nameEn: "Shandong", nameZh: "山东省", region: "east" },
      { code: "SC", nameEn: "Sichuan", nameZh: "四川省", region: "west" },
    ])
    .run();
  return db;
}

export function addLocality(
  db: Db,
  values: { nameLocal: string; nameRomanised: string; countryCode: string; provinceCode?: string; level?: "city" | "province" },
): number {
  return db
    .insert(localities)
    .values({
      ...values,
      level: values.level ?? "city",
      searchKey: localitySearchKey(values.nameLocal, values.nameRomanised),
    })
    .returning({ id: localities.id })
    .get().id;
}

let userCounter = 0;
export function addUser(db: Db, role: Role, scope: { provinceCode?: string; localityId?: number } = {}): Viewer {
  userCounter += 1;
  const row = db
    .insert(users)
    .values({
      email: `user${userCounter}@test.example`,
      name: `User ${userCounter}`,
      passwordHash: "x",
      role,
      provinceCode: scope.provinceCode ?? null,
      localityId: scope.localityId ?? null,
    })
    .returning()
    .get();
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role,
    provinceCode: scope.provinceCode ?? null,
    localityId: scope.localityId ?? null,
  };
}
