import { foldName } from "@/lib/domain/fold-name";

/** Administrative suffixes a name is often written with or without: 天津 / 天津市, 神戸 / 神戸市, 인천 / 인천광역시. */
const CJK_SUFFIX =
  /(?:特别行政区|特別行政區|维吾尔自治区|壮族自治区|回族自治区|自治区|自治區|自治州|自治县|广域市|廣域市|特別市|特别市|特別自治市|광역시|특별시|특별자치시|특별자치도|省|市|县|縣|区|區|州|盟|都|道|府|県|町|村|郡|시|군|구|도)$/u;
/** The same in romanised names, only as a separate word ("Kobe City", "Incheon-si"), never inside a name (Toledo). */
const LATIN_SUFFIX = /[\s-]+(?:city|prefecture|province|county|district|metropolitan city|shi|si|gun|gu|do|ken)$/i;

/**
 * The keys a name is looked up by in the directory: its folded form (case, accents, spaces and
 * punctuation gone, as the search box folds) and, if different, the same without an administrative
 * suffix. The first key is the exact one, preferred when both match.
 */
export function nameKeys(name: string | null | undefined): string[] {
  if (!name) return [];
  const folded = foldName(name);
  if (!folded) return [];
  const trimmed = name.trim();
  const bare = foldName(trimmed.replace(LATIN_SUFFIX, "").replace(CJK_SUFFIX, ""));
  return bare && bare !== folded ? [folded, bare] : [folded];
}
