import type { ProvinceOption } from "@/db/queries/users-admin";
import { byDisplayName } from "@/lib/domain/display-order";

/** Provinces as select options, named in the user's language. */
export function provinceOptions(provinces: ProvinceOption[], locale: string): { value: string; label: string }[] {
  const zh = locale === "zh-CN";
  return byDisplayName(
    provinces.map((p) => ({ value: p.code, label: zh ? p.nameZh : p.nameEn })),
    zh,
  );
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
