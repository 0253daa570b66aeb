import fs from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import type { Db } from "@/db/connection";
import { localities, partnerships } from "@/db/schema";
import type { LocalityLevel } from "@/lib/domain/enums";
import { localitySearchKey } from "@/lib/domain/fold-name";
import { cnCities } from "./data/cn-cities";
import { countryAliases } from "./data/countries";
import { partnerNativeNames } from "./data/partner-native-names";
import { provinces } from "./data/provinces";
import { KNOWN_SIGNING_DATES } from "./famous-pairs";
import type { Random } from "./random";

type PairRow = {
  cn_city: string;
  cn_lat: string;
  cn_lng: string;
  partner_city: string;
  partner_country: string;
  partner_lat: string;
  partner_lng: string;
};

export const PAIRS_FILE = path.join(process.cwd(), "db", "seed", "data", "china-pairs.csv");

export function readPairs(): PairRow[] {
  return parse(fs.readFileSync(PAIRS_FILE, "utf8"), { columns: true, skip_empty_lines: true }) as PairRow[];
}

function num(value: string): number | null {
  const n = Number(value);
  return Number.isFinite(n) && value !== "" ? n : null;
}

/** A signing date: on record where known, else a plausible one (most pairs were signed 1985–2015). */
function signingDate(rng: Random, key: string): string {
  const known = KNOWN_SIGNING_DATES[key];
  if (known) return known;
  const year = rng.chance(0.15) ? rng.int(1975, 1989) : rng.int(1990, 2017);
  return `${year}-${String(rng.int(1, 12)).padStart(2, "0")}-${String(rng.int(1, 28)).padStart(2, "0")}`;
}

const MAINLAND = new Set(provinces.map((p) => p.code));

export type SeededPartnership = { id: number; ourLocalityId: number; signedOn: string };

/** Localities on both sides and the partnerships between them, from the shipped CSV. */
export function seedDemoRegistry(db: Db, rng: Random): SeededPartnership[] {
  const rows = readPairs();
  const localityIds = new Map<string, number>();
  const seeded: SeededPartnership[] = [];
  db.transaction((tx) => {
    const ensureLocality = (key: string, values: typeof localities.$inferInsert): number => {
      const existing = localityIds.get(key);
      if (existing) return existing;
      const row = tx.insert(localities).values(values).returning({ id: localities.id }).get();
      localityIds.set(key, row.id);
      return row.id;
    };
    for (const row of rows) {
      const cn = cnCities[row.cn_city];
      const countryCode = countryAliases[row.partner_country];
      // Hong Kong, Macao and Taiwan are outside these statistics (DOMAIN.md).
      if (!cn || !countryCode || !MAINLAND.has(cn.province)) continue;
      const ourId = ensureLocality(`CN|${row.cn_city}`, {
        countryCode: "CN",
        provinceCode: cn.province,
        nameLocal: cn.nameZh,
        nameRomanised: cn.nameEn,
        searchKey: localitySearchKey(cn.nameZh, cn.nameEn, row.cn_city),
        level: cn.level,
        latitude: num(row.cn_lat),
        longitude: num(row.cn_lng),
      });
      const native = partnerNativeNames[`${countryCode}|${row.partner_city}`];
      const partnerLevel: LocalityLevel = native?.level ?? "city";
      const partnerId = ensureLocality(`${countryCode}|${row.partner_city}`, {
        countryCode,
        stateName: native?.state ?? null,
        nameLocal: native?.nameNative ?? row.partner_city,
        nameRomanised: row.partner_city,
        searchKey: localitySearchKey(native?.nameNative, row.partner_city),
        level: partnerLevel,
        latitude: num(row.partner_lat),
        longitude: num(row.partner_lng),
      });
      const signedOn = signingDate(rng, `${row.cn_city}|${countryCode}|${row.partner_city}`);
      const inserted = tx
        .insert(partnerships)
        .values({
          ourLocalityId: ourId,
          partnerLocalityId: partnerId,
          type: rng.chance(0.12) ? "friendship_exchange" : "sister",
          level: cn.level === "province" && partnerLevel === "province" ? "province_state" : "city",
          signedOn,
        })
        .onConflictDoNothing()
        .returning({ id: partnerships.id })
        .get();
      if (inserted) seeded.push({ id: inserted.id, ourLocalityId: ourId, signedOn });
    }
  });
  return seeded;
}
