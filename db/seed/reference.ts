import type { Db } from "@/db/connection";
import { countries, provinces } from "@/db/schema";
import { countries as countrySeeds, provinces as provinceSeeds } from "./data";

/** Countries and Chinese provinces: needed by every database, demo or empty. */
export function seedReference(db: Db): void {
  db.transaction((tx) => {
    for (const c of countrySeeds) tx.insert(countries).values(c).onConflictDoNothing().run();
    for (const p of provinceSeeds) {
      tx.insert(provinces)
        .values({ code: p.code, nameEn: p.nameEn, nameZh: p.nameZh, region: p.region, latitude: p.lat, longitude: p.lng })
        .onConflictDoNothing()
        .run();
    }
  });
}
