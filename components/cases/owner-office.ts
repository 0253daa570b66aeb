import { localityName } from "@/lib/domain/locality-name";

type OwnerNames = {
  ownerLocalityId: number | null;
  ownerName: string | null;
  ownerRomanised: string | null;
  ownerZh: string | null;
  provinceEn: string | null;
  provinceZh: string | null;
};

/** The office a case comes from: its city, else its province, else the national office (`national`, translated by the caller). */
export function ownerOffice(c: OwnerNames, locale: string, national: string): string {
  if (c.ownerLocalityId !== null && c.ownerName !== null) {
    return localityName({ nameLocal: c.ownerName, nameRomanised: c.ownerRomanised ?? c.ownerName, nameZh: c.ownerZh }, locale);
  }
  const province = locale.startsWith("zh") ? c.provinceZh : c.provinceEn;
  return province ?? national;
}
