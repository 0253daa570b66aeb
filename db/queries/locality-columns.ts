import type { SQLiteColumn } from "drizzle-orm/sqlite-core";

type NameColumns = { id: SQLiteColumn; nameLocal: SQLiteColumn; nameRomanised: SQLiteColumn; nameZh: SQLiteColumn };

/** The columns that name a locality (of the table or one of its aliases): its id and its names in each form. */
export function localityNameColumns<T extends NameColumns>(t: T): Pick<T, keyof NameColumns> {
  return { id: t.id, nameLocal: t.nameLocal, nameRomanised: t.nameRomanised, nameZh: t.nameZh };
}
