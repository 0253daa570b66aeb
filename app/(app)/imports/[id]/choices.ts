import type { Choice } from "@/components/imports/read-and-map";
import {
  ACTIVITY_CATEGORIES,
  ACTIVITY_LOCATIONS,
  ACTIVITY_TRENDS,
  PARTNERSHIP_LEVELS,
  PARTNERSHIP_PURPOSES,
  PARTNERSHIP_STATUSES,
  PARTNERSHIP_TYPES,
  POLITICAL_EFFECTS,
} from "@/lib/domain/enums";
import type { ImportField } from "@/lib/import/fields";

type Named = { code: string; nameEn: string; nameZh: string };
type Translate = (key: string) => string;

const ENUMS: Record<string, readonly string[]> = {
  partnershipType: PARTNERSHIP_TYPES,
  partnershipLevel: PARTNERSHIP_LEVELS,
  partnershipStatus: PARTNERSHIP_STATUSES,
  activityTrend: ACTIVITY_TRENDS,
  activityCategory: ACTIVITY_CATEGORIES,
  activityLocation: ACTIVITY_LOCATIONS,
  politicalEffect: POLITICAL_EFFECTS,
};

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
    else if (f.type === "purposes") choices[f.key] = PARTNERSHIP_PURPOSES.map((p) => ({ value: p, label: te(`purpose.${p}`) }));
    else if (f.type.startsWith("enum:")) {
      const list = f.type.slice(5);
      choices[f.key] = (ENUMS[list] ?? []).map((v) => ({ value: v, label: te(`${list}.${v}`) }));
    }
  }
  return choices;
}
