import type { MapPair } from "@/db/queries/statistics-map";
import { partnershipName } from "@/lib/domain/locality-name";

/** "天津市 – 神户市" / "Tianjin – Kobe": a pair by its places' names in the reader's language (lib/domain/locality-name.ts). */
export function pairName(p: MapPair, locale: string): string {
  return partnershipName(
    { nameLocal: p.ourLocal, nameRomanised: p.ourRomanised, nameZh: p.ourZh },
    { nameLocal: p.partnerLocal, nameRomanised: p.partnerRomanised, nameZh: p.partnerZh },
    locale,
  );
}
