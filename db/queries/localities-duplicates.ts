import { and, eq, isNull, ne } from "drizzle-orm";
import type { DbOrTx } from "@/db/connection";
import { localities, provinces } from "@/db/schema";
import { foldName } from "@/lib/domain/fold-name";
import type { LocalityLevel } from "@/lib/domain/enums";

export type LikelyDuplicate = {
  id: number;
  nameLocal: string;
  nameRomanised: string;
  nameZh: string | null;
  level: LocalityLevel;
  provinceCode: string | null;
  place: string | null;
  archived: boolean;
};

/**
 * Endings that name the kind of place rather than the place ("神戸市" and "神戸",
 * "인천광역시" and "인천", "Kobe City" and "Kobe"), longest first. A romanised
 * ending is cut only after a space or hyphen ("Suwon-si", not "Assisi"); a
 * CJK one only when two characters remain ("唐县" stays whole).
 */
const LATIN_KIND = /[\s-]+(metropolitan city|special city|prefecture|province|district|county|city|shi|ken|gun|gu|si|do)\.?$/i;
const CJK_KIND = [
  "特别行政区",
  "특별자치시",
  "특별자치도",
  "광역시",
  "특별시",
  "自治区",
  "自治州",
  "自治县",
  "广域市",
  "特别市",
  "市",
  "县",
  "県",
  "区",
  "町",
  "村",
  "省",
  "州",
  "府",
  "都",
  "道",
  "旗",
  "盟",
  "시",
  "군",
  "구",
  "도",
].map(foldName);

/** A name folded, and folded without the kind of place at its end: the forms two names of one place share. */
export function nameForms(name: string | null | undefined): string[] {
  const raw = (name ?? "").trim();
  const folded = foldName(raw);
  if (!folded) return [];
  const forms = new Set([folded]);
  const latin = foldName(raw.replace(LATIN_KIND, ""));
  if (latin) forms.add(latin);
  const ending = CJK_KIND.find((e) => folded.endsWith(e) && folded.length >= e.length + 2);
  if (ending) forms.add(folded.slice(0, -ending.length));
  return [...forms];
}

/**
 * The likely duplicates of a locality being created or edited: current
 * localities of the same country one of whose names (local script, romanised
 * or Chinese) matches one of the given names once folded, with or without the
 * kind of place ("市", "City"). Merged-away records are left out; archived ones
 * are shown, marked, since restoring one is better than a second record.
 */
export function findLikelyDuplicates(
  db: DbOrTx,
  opts: { countryCode: string; names: (string | null | undefined)[]; exceptId?: number },
  limit = 5,
): LikelyDuplicate[] {
  const wanted = new Set(opts.names.flatMap(nameForms));
  if (wanted.size === 0) return [];
  // A country holds at most a few thousand localities: comparing their names here is cheap and exact.
  const rows = db
    .select({
      id: localities.id,
      nameLocal: localities.nameLocal,
      nameRomanised: localities.nameRomanised,
      nameZh: localities.nameZh,
      level: localities.level,
      provinceCode: localities.provinceCode,
      stateName: localities.stateName,
      provinceZh: provinces.nameZh,
      archivedAt: localities.archivedAt,
    })
    .from(localities)
    .leftJoin(provinces, eq(provinces.code, localities.provinceCode))
    .where(
      and(
        eq(localities.countryCode, opts.countryCode.toUpperCase()),
        isNull(localities.mergedIntoId),
        opts.exceptId ? ne(localities.id, opts.exceptId) : undefined,
      ),
    )
    .all();
  return rows
    .filter((r) => [r.nameLocal, r.nameRomanised, r.nameZh].some((n) => nameForms(n).some((f) => wanted.has(f))))
    .sort((a, b) => Number(a.archivedAt !== null) - Number(b.archivedAt !== null) || a.id - b.id)
    .slice(0, limit)
    .map((r) => ({
      id: r.id,
      nameLocal: r.nameLocal,
      nameRomanised: r.nameRomanised,
      nameZh: r.nameZh,
      level: r.level,
      provinceCode: r.provinceCode,
      place: r.provinceZh ?? r.stateName,
      archived: r.archivedAt !== null,
    }));
}
