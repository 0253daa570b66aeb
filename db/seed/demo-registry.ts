import fs from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import type { Db } from "@/db/connection";
import { now as clockNow } from "@/lib/domain/clock";
import type { LocalityLevel } from "@/lib/domain/enums";
import { localitySearchKey } from "@/lib/domain/fold-name";
import { cnCities, countryAliases, partnerNativeNames, provinces } from "./data";
import { partnerChineseName } from "./chinese-names";
import { KNOWN_SIGNING_DATES } from "./famous-pairs";
import { recomputeSearchKeys } from "./recompute-search-keys";
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

type LocalityValues = {
  countryCode: string;
  provinceCode: string | null;
  stateName: string | null;
  nameLocal: string;
  nameRomanised: string;
  nameZh: string | null;
  searchKey: string;
  level: LocalityLevel;
  latitude: number | null;
  longitude: number | null;
};

/**
 * Localities on both sides and the partnerships between them, from the shipped CSV.
 * Prepared statements rather than the query builder: ~2,000 rows of each, on every e2e start.
 */
export function seedDemoRegistry(db: Db, rng: Random): SeededPartnership[] {
  const rows = readPairs();
  const localityIds = new Map<string, number>();
  const seeded: SeededPartnership[] = [];
  const now = clockNow().getTime();
  const insertLocality = db.$client.prepare(
    `insert into localities (country_code, province_code, state_name, name_local, name_romanised, name_zh, search_key, level, latitude, longitude,
      version, created_at, updated_at) values (@countryCode, @provinceCode, @stateName, @nameLocal, @nameRomanised, @nameZh, @searchKey, @level,
      @latitude, @longitude, 1, ${now}, ${now})`,
  );
  const insertPartnership = db.$client.prepare(
    `insert into partnerships (our_locality_id, partner_locality_id, type, level, signed_on, version, created_at, updated_at)
      values (?, ?, ?, ?, ?, 1, ${now}, ${now}) on conflict do nothing`,
  );
  const ensureLocality = (key: string, values: LocalityValues): number => {
    const existing = localityIds.get(key);
    if (existing) return existing;
    const id = Number(insertLocality.run(values).lastInsertRowid);
    localityIds.set(key, id);
    return id;
  };
  db.$client.transaction(() => {
    for (const row of rows) {
      const cn = cnCities[row.cn_city];
      const countryCode = countryAliases[row.partner_country];
      // Hong Kong, Macao and Taiwan are outside these statistics (DOMAIN.md).
      if (!cn || !countryCode || !MAINLAND.has(cn.province)) continue;
      const ourId = ensureLocality(`CN|${row.cn_city}`, {
        countryCode: "CN",
        provinceCode: cn.province,
        stateName: null,
        nameLocal: cn.nameZh,
        nameRomanised: cn.nameEn,
        // Ours are named in Chinese already.
        nameZh: cn.nameZh,
        // The source's spelling too ("Binhai (Tianjin)"); the Chinese name's pinyin is added below.
        searchKey: localitySearchKey(cn.nameZh, cn.nameEn, null, row.cn_city),
        level: cn.level,
        latitude: num(row.cn_lat),
        longitude: num(row.cn_lng),
      });
      const native = partnerNativeNames[`${countryCode}|${row.partner_city}`];
      const partnerLevel: LocalityLevel = native?.level ?? "city";
      const partnerId = ensureLocality(`${countryCode}|${row.partner_city}`, {
        countryCode,
        provinceCode: null,
        stateName: native?.state ?? null,
        nameLocal: native?.nameNative ?? row.partner_city,
        nameRomanised: row.partner_city,
        nameZh: partnerChineseName(countryCode, row.partner_city, native?.nameNative).nameZh,
        searchKey: localitySearchKey(native?.nameNative, row.partner_city),
        level: partnerLevel,
        latitude: num(row.partner_lat),
        longitude: num(row.partner_lng),
      });
      const signedOn = signingDate(rng, `${row.cn_city}|${countryCode}|${row.partner_city}`);
      const type = rng.chance(0.12) ? "friendship_exchange" : "sister";
      const level = cn.level === "province" && partnerLevel === "province" ? "province_state" : "city";
      const inserted = insertPartnership.run(ourId, partnerId, type, level, signedOn);
      if (inserted.changes > 0) seeded.push({ id: Number(inserted.lastInsertRowid), ourLocalityId: ourId, signedOn });
    }
  })();
  // One pass adds the Chinese names' pinyin, so the demo also exercises the recompute used on older databases.
  recomputeSearchKeys(db);
  return seeded;
}
