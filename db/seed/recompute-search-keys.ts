import type { Db } from "@/db/connection";
import { localitySearchKey } from "@/lib/domain/fold-name";

type Row = { id: number; nameLocal: string; nameRomanised: string; nameZh: string | null; searchKey: string };

/**
 * Rebuilds every locality's search key from its names (local script, romanised, Chinese and
 * the Chinese name's pinyin), keeping the terms the key held beyond those names (former names
 * kept by a merge, the seed's source spellings). Run once on a database whose keys predate
 * a change of what the key holds; the demo seed runs it after filling the registry.
 * A derived column, not a user's edit: no version bump, no audit entry. Returns how many changed.
 */
export function recomputeSearchKeys(db: Db): number {
  const client = db.$client;
  const rows = client
    .prepare(
      "select id, name_local as nameLocal, name_romanised as nameRomanised, name_zh as nameZh, search_key as searchKey from localities",
    )
    .all() as Row[];
  const update = client.prepare("update localities set search_key = ? where id = ?");
  let changed = 0;
  client.transaction(() => {
    for (const row of rows) {
      const derived = localitySearchKey(row.nameLocal, row.nameRomanised, row.nameZh);
      const known = new Set(derived.split(" "));
      const kept = row.searchKey.split(" ").filter((term) => term && !known.has(term));
      const next = [derived, ...kept].join(" ");
      if (next === row.searchKey) continue;
      update.run(next, row.id);
      changed += 1;
    }
  })();
  return changed;
}
