import type { ProvinceOption } from "@/db/queries/users-admin";

/** Provinces as select options, named in the user's language. */
export function provinceOptions(provinces: ProvinceOption[], locale: string): { value: string; label: string }[] {
  return provinces.map((p) => ({ value: p.code, label: locale === "zh-CN" ? p.nameZh : p.nameEn }));
}

/** What a user's scope is called: their locality, else their province, else null (nationwide). */
export function scopeLabel(
  row: { localityName: string | null; provinceCode: string | null },
  provinces: ProvinceOption[],
  locale: string,
): string | null {
  if (row.localityName) return row.localityName;
  const province = provinces.find((p) => p.code === row.provinceCode);
  if (province) return locale === "zh-CN" ? province.nameZh : province.nameEn;
  return row.provinceCode;
}
