import type { Choice } from "@/components/imports/read-and-map";
import { ENUM_WORD_LISTS, type EnumWordList } from "@/lib/import/values/enum-words";
import type { ImportField } from "@/lib/import/fields";

type Named = { code: string; nameEn: string; nameZh: string };
type Translate = (key: string) => string;

/** What each field's unrecognised values may be mapped to by hand: its words, countries, provinces, yes/no. Dates and years are typed. */
export function mappingChoices(
  fields: readonly ImportField[],
  places: { countries: Named[]; provinces: Named[] },
  zh: boolean,
  te: Translate,
  tc: Translate,
) {
  const named = (list: Named[]): Choice[] => list.map((p) => ({ value: p.code, label: zh ? p.nameZh : p.nameEn }));
  const choices: Record<string, Choice[]> = {};
  for (const f of fields) {
    if (f.type === "country") choices[f.key] = named(places.countries);
    else if (f.type === "province") choices[f.key] = named(places.provinces);
    else if (f.type === "yesNo")
      choices[f.key] = [
        { value: "true", label: tc("yes") },
        { value: "false", label: tc("no") },
      ];
    else if (f.type === "purposes") choices[f.key] = ENUM_WORD_LISTS.purpose.map((p) => ({ value: p, label: te(`purpose.${p}`) }));
    else if (f.type.startsWith("enum:")) {
      const list = f.type.slice(5) as EnumWordList;
      choices[f.key] = ENUM_WORD_LISTS[list].map((v) => ({ value: v, label: te(`${list}.${v}`) }));
    }
  }
  return choices;
}
