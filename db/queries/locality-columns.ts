import type { localities } from "@/db/schema";

/** The columns that name a locality (of the table or one of its aliases): its id and its names in each form. */
export function localityNameColumns<T extends Pick<typeof localities, "id" | "nameLocal" | "nameRomanised" | "nameZh">>(
  t: T,
): Pick<T, "id" | "nameLocal" | "nameRomanised" | "nameZh"> {
  return { id: t.id, nameLocal: t.nameLocal, nameRomanised: t.nameRomanised, nameZh: t.nameZh };
}
