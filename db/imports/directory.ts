import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/connection";
import { countries, localities, partnerships } from "@/db/schema";
import type { LocalityLevel, PartnershipLevel, PartnershipStatus, PartnershipType } from "@/lib/domain/enums";
import { nameKeys } from "@/lib/import/locality-keys";

export type DirLocality = {
  id: number;
  countryCode: string;
  provinceCode: string | null;
  stateName: string | null;
  nameLocal: string;
  nameRomanised: string;
  nameZh: string | null;
};

export type DirPair = {
  id: number;
  ourLocalityId: number;
  partnerLocalityId: number;
  type: PartnershipType;
  level: PartnershipLevel;
  signedOn: string | null;
  status: PartnershipStatus | null;
  notes: string | null;
  archived: boolean;
  version: number;
};

export type LocalityLookup = { found: DirLocality } | { ambiguous: DirLocality[] } | { missing: true };

/** A new locality the import would create: a negative id until it is written. */
export type NewLocality = DirLocality & { level: LocalityLevel; latitude: number | null; longitude: number | null };

/**
 * The directory and the registry in memory, for matching a whole file at once: every current
 * locality by each of its names (folded as the search folds, with and without an administrative
 * suffix), and every partnership by its pair. Localities the import will create join it as they
 * are planned, so a name seen on two rows becomes one place.
 */
export class Directory {
  private readonly byKey = new Map<string, DirLocality[]>();
  private readonly pairs = new Map<string, DirPair>();
  private readonly pairsById = new Map<number, DirPair>();
  private readonly pairsByOurs = new Map<number, DirPair[]>();
  private readonly localitiesById = new Map<number, DirLocality>();
  readonly countryCodes = new Set<string>();
  readonly created: NewLocality[] = [];

  static load(db: DbOrTx): Directory {
    const dir = new Directory();
    for (const c of db.select({ code: countries.code }).from(countries).all()) dir.countryCodes.add(c.code);
    const rows = db
      .select({
        id: localities.id,
        countryCode: localities.countryCode,
        provinceCode: localities.provinceCode,
        stateName: localities.stateName,
        nameLocal: localities.nameLocal,
        nameRomanised: localities.nameRomanised,
        nameZh: localities.nameZh,
        searchKey: localities.searchKey,
      })
      .from(localities)
      .where(sql`${localities.archivedAt} is null and ${localities.mergedIntoId} is null`)
      .all();
    for (const { searchKey, ...row } of rows) dir.index(row, searchKey.split(" "));
    const pairRows = db
      .select({
        id: partnerships.id,
        ourLocalityId: partnerships.ourLocalityId,
        partnerLocalityId: partnerships.partnerLocalityId,
        type: partnerships.type,
        level: partnerships.level,
        signedOn: partnerships.signedOn,
        status: partnerships.status,
        notes: partnerships.notes,
        archivedAt: partnerships.archivedAt,
        version: partnerships.version,
      })
      .from(partnerships)
      .all();
    for (const { archivedAt, ...p } of pairRows) dir.setPair({ ...p, archived: archivedAt !== null });
    return dir;
  }

  private index(row: DirLocality, extraKeys: string[] = []) {
    this.localitiesById.set(row.id, row);
    const keys = new Set([
      ...nameKeys(row.nameLocal),
      ...nameKeys(row.nameRomanised),
      ...nameKeys(row.nameZh),
      ...extraKeys.filter(Boolean),
    ]);
    for (const key of keys) {
      const k = `${row.countryCode}|${key}`;
      const list = this.byKey.get(k);
      if (!list) this.byKey.set(k, [row]);
      else if (!list.includes(row)) list.push(row);
    }
  }

  /**
   * The locality of a country named by any of `names` (any script, romanised): exact folded names
   * first, then without suffixes; several candidates are narrowed by the province or state given.
   */
  find(
    countryCode: string,
    names: (string | null | undefined)[],
    hint: { provinceCode?: string | null; stateName?: string | null } = {},
  ): LocalityLookup {
    for (const pass of [0, 1]) {
      const candidates = new Set<DirLocality>();
      for (const name of names) {
        const key = nameKeys(name)[pass];
        if (key) for (const l of this.byKey.get(`${countryCode}|${key}`) ?? []) candidates.add(l);
      }
      if (candidates.size === 0) continue;
      let list = [...candidates];
      if (list.length > 1 && hint.provinceCode) list = list.filter((l) => l.provinceCode === hint.provinceCode);
      if (list.length > 1 && hint.stateName) {
        const state = nameKeys(hint.stateName)[0];
        const narrowed = list.filter((l) => l.stateName && nameKeys(l.stateName).includes(state!));
        if (narrowed.length > 0) list = narrowed;
      }
      if (list.length === 1) return { found: list[0]! };
      if (list.length > 1) return { ambiguous: list };
    }
    return { missing: true };
  }

  /** Adds a locality the import will create, with the next negative id; later rows find it by name. */
  add(values: Omit<NewLocality, "id">): NewLocality {
    const row: NewLocality = { ...values, id: -(this.created.length + 1) };
    this.created.push(row);
    this.index(row);
    return row;
  }

  pair(ourLocalityId: number, partnerLocalityId: number): DirPair | undefined {
    return this.pairs.get(pairKey(ourLocalityId, partnerLocalityId));
  }

  /** Records a pair the import will create (a negative id), so the same pair later in the file is the same partnership. */
  setPair(pair: DirPair) {
    this.pairs.set(pairKey(pair.ourLocalityId, pair.partnerLocalityId), pair);
    this.pairsById.set(pair.id, pair);
    const list = this.pairsByOurs.get(pair.ourLocalityId);
    if (list) list.push(pair);
    else this.pairsByOurs.set(pair.ourLocalityId, [pair]);
  }

  /** The current partnerships of a Chinese locality whose partner is called `name` (any script, with or without suffix). */
  pairsNamed(ourLocalityId: number, name: string): DirPair[] {
    const wanted = new Set(nameKeys(name));
    return (this.pairsByOurs.get(ourLocalityId) ?? []).filter((p) => {
      const partner = this.localitiesById.get(p.partnerLocalityId);
      if (!partner || p.archived) return false;
      return [partner.nameLocal, partner.nameRomanised, partner.nameZh].some((n) => nameKeys(n).some((k) => wanted.has(k)));
    });
  }

  pairById(id: number): DirPair | undefined {
    return this.pairsById.get(id);
  }

  locality(id: number): DirLocality | undefined {
    return this.localitiesById.get(id);
  }
}

function pairKey(ours: number, partner: number) {
  return `${ours}|${partner}`;
}
