import { can } from "@/lib/auth/permissions";
import type { LocalityLevel, PartnershipLevel, PartnershipStatus, PartnershipType } from "@/lib/domain/enums";
import type { RowChange, RowProblem } from "@/lib/import/types";
import { localitySchema } from "@/lib/validation/locality";
import { partnershipSchema } from "@/lib/validation/partnership";
import type { DirLocality, DirPair, Directory } from "./directory";
import { missingRequired, RowReader, withCells, type ImportPlan, type PartnershipFields, type PlanInput } from "./plan";
import { zodProblems } from "./zod-problems";

type Side = {
  name: string | null;
  romanised: string | null;
  zh: string | null;
  country: string | null;
  province: string | null;
  state: string | null;
  latitude: number | null;
  longitude: number | null;
};

const str = (v: unknown) => (v === null || v === undefined ? null : (v as string));
const num = (v: unknown) => (typeof v === "number" ? v : null);

function sides(v: Record<string, unknown>): [Side, Side] {
  const ours: Side = {
    name: str(v.ourName),
    romanised: str(v.ourNameRomanised),
    zh: null,
    country: str(v.ourCountry) ?? "CN",
    province: str(v.ourProvince),
    state: null,
    latitude: num(v.ourLatitude),
    longitude: num(v.ourLongitude),
  };
  const partner: Side = {
    name: str(v.partnerName),
    romanised: str(v.partnerNameRomanised),
    zh: str(v.partnerNameZh),
    country: str(v.partnerCountry),
    province: null,
    state: str(v.partnerState),
    latitude: num(v.partnerLatitude),
    longitude: num(v.partnerLongitude),
  };
  // A world list names pairs in either order: the Chinese city is "ours" wherever it stands.
  return ours.country !== "CN" && partner.country === "CN" ? [{ ...partner, province: ours.province, zh: null }, { ...ours, zh: partner.zh }] : [ours, partner];
}

/** The level a new Chinese locality most likely has, from its name's suffix. */
function chineseLevel(name: string): LocalityLevel {
  if (/(省|自治区)$/.test(name)) return "province";
  if (/(县|旗)$/.test(name)) return "county";
  if (/区$/.test(name)) return "district";
  if (/(市|州|盟)$/.test(name)) return "prefecture";
  return "city";
}

const LATIN = /^[\p{Script=Latin}\p{N}\p{P}\p{Zs}\p{M}]+$/u;

/** Finds a side in the directory, or plans it as a new locality; a problem if it cannot be either. */
function resolveSide(
  dir: Directory,
  side: Side,
  which: "ours" | "partner",
  level: PartnershipLevel | null,
  allowCreate: boolean,
): { locality: DirLocality; isNew: boolean } | RowProblem {
  const nameField = which === "ours" ? "ourName" : "partnerName";
  const countryCode = side.country!;
  const found = dir.find(countryCode, [side.name, side.romanised, side.zh], { provinceCode: side.province, stateName: side.state });
  if ("found" in found) return { locality: found.found, isNew: false };
  if ("ambiguous" in found) return { field: nameField, key: "ambiguous", values: { count: found.ambiguous.length } };
  if (!allowCreate) return { field: nameField, key: "outsideScope" };
  if (which === "ours" && !side.province) return { field: "ourProvince", key: "provinceNeeded" };
  const nameLocal = side.name ?? side.romanised ?? side.zh!;
  const nameRomanised = side.romanised ?? (LATIN.test(nameLocal) ? nameLocal : (side.zh ?? nameLocal));
  const values = {
    countryCode,
    provinceCode: which === "ours" ? side.province : null,
    stateName: side.state,
    nameLocal,
    nameRomanised,
    nameZh: which === "ours" ? nameLocal : side.zh,
    level: which === "ours" ? chineseLevel(nameLocal) : level === "province_state" ? "province" : "city",
    latitude: side.latitude,
    longitude: side.longitude,
  } as const;
  const checked = localitySchema.safeParse({ ...values, notes: "" });
  if (!checked.success) return zodProblems(checked.error, { nameLocal: nameField, nameRomanised: nameField, stateName: "partnerState" })[0]!;
  return { locality: dir.add({ ...values, nameZh: values.nameZh ?? null, stateName: values.stateName ?? null }), isNew: true };
}

const SHOWN: (keyof PartnershipFields)[] = ["type", "level", "signedOn", "status", "notes"];

/** What an existing partnership would change to: only the fields the file fills, and a restore if it is archived. */
function changesOf(existing: DirPair, file: Partial<PartnershipFields>): { values: Partial<PartnershipFields> & { archivedAt?: null }; changes: RowChange[] } {
  const values: Partial<PartnershipFields> & { archivedAt?: null } = {};
  const changes: RowChange[] = [];
  for (const key of SHOWN) {
    const next = file[key];
    if (next === null || next === undefined || next === existing[key]) continue;
    Object.assign(values, { [key]: next });
    changes.push({ field: key, before: existing[key] ?? null, after: String(next) });
  }
  if (existing.archived) {
    values.archivedAt = null;
    changes.push({ field: "archived", before: "archived", after: "active" });
  }
  return { values, changes };
}

/**
 * Plans a partnerships file row by row: both sides found in the directory (or new), the pair matched
 * in the registry or earlier in the file (in either order), the viewer's scope checked, the values
 * checked by the partnership form's own schema.
 */
export function* planPartnerships(input: PlanInput, plan: ImportPlan): Generator<number> {
  const { table, viewer, directory: dir } = input;
  const reader = new RowReader("partnerships", input.mapping, input.valueMap);
  const seen = new Map<string, number>();
  for (let i = 0; i < table.rows.length; i++) {
    if (i % 500 === 0) yield i;
    const line = table.rowNumbers[i]!;
    const { values: v, problems } = reader.read(table.rows[i]!, line);
    const [ours, partner] = sides(v);
    const label = `${ours.name ?? ours.romanised ?? "?"} – ${partner.name ?? partner.zh ?? partner.romanised ?? "?"}`;
    const fail = (extra: RowProblem[] = []) => plan.rows.push({ line, outcome: "fail", label, problems: withCells([...problems, ...extra], table.rows[i]!, input.mapping), changes: [] });
    problems.push(...missingRequired("partnerships", v, problems));
    const fields: Partial<PartnershipFields> = {
      type: (v.type as PartnershipType | null) ?? undefined,
      level: (v.level as PartnershipLevel | null) ?? undefined,
      signedOn: str(v.signedOn) ?? undefined,
      status: (v.status as PartnershipStatus | null) ?? undefined,
      notes: str(v.notes) ?? undefined,
    };
    const checked = partnershipSchema.safeParse({
      ourLocalityId: 1,
      partnerLocalityId: 2,
      type: fields.type ?? "sister",
      level: fields.level ?? "city",
      signedOn: fields.signedOn ?? "",
      signatories: "",
      agreementLocation: "",
      notes: fields.notes ?? "",
    });
    if (!checked.success) problems.push(...zodProblems(checked.error));
    if (problems.length > 0) {
      fail();
      continue;
    }

    let pair: DirPair | undefined;
    if (typeof v.id === "number") {
      pair = dir.pairById(v.id);
      if (!pair || pair.id < 0) {
        fail([{ field: "id", key: "unknownId", values: { id: v.id } }]);
        continue;
      }
    } else {
      if (ours.country !== "CN") {
        fail([{ field: partner.country === "CN" ? "ourCountry" : "partnerCountry", key: "notChinese" }]);
        continue;
      }
      if (partner.country === "CN") {
        fail([{ field: "partnerCountry", key: "bothChinese" }]);
        continue;
      }
      const canCreateOurs = can(viewer, "records.edit", { ownerLocalityId: null, ownerProvinceCode: ours.province });
      const ourSide = resolveSide(dir, ours, "ours", fields.level ?? null, canCreateOurs);
      if ("key" in ourSide) {
        fail([ourSide]);
        continue;
      }
      if (!can(viewer, "records.edit", { ownerLocalityId: ourSide.locality.id, ownerProvinceCode: ourSide.locality.provinceCode })) {
        fail([{ field: "ourName", key: "outsideScope" }]);
        continue;
      }
      const partnerSide = resolveSide(dir, partner, "partner", fields.level ?? null, true);
      if ("key" in partnerSide) {
        fail([partnerSide]);
        continue;
      }
      if (partnerSide.isNew && !dir.countryCodes.has(partner.country!)) {
        dir.countryCodes.add(partner.country!);
        plan.newCountries.push(partner.country!);
      }
      pair = dir.pair(ourSide.locality.id, partnerSide.locality.id);
      if (!pair) {
        const tempId = -(seen.size + 1);
        const created: PartnershipFields = {
          type: fields.type ?? "sister",
          level: fields.level ?? "city",
          signedOn: fields.signedOn ?? null,
          status: fields.status ?? null,
          notes: fields.notes ?? null,
        };
        plan.partnerships.push({ op: "create", tempId, ourLocalityId: ourSide.locality.id, partnerLocalityId: partnerSide.locality.id, values: created });
        dir.setPair({ id: tempId, ourLocalityId: ourSide.locality.id, partnerLocalityId: partnerSide.locality.id, ...created, archived: false, version: 1 });
        seen.set(String(tempId), line);
        plan.rows.push({ line, outcome: "create", label, problems: [], changes: [] });
        continue;
      }
    }
    const ourLocality = dir.locality(pair.ourLocalityId);
    if (!can(viewer, "records.edit", { ownerLocalityId: pair.ourLocalityId, ownerProvinceCode: ourLocality?.provinceCode ?? null })) {
      fail([{ field: "ourName", key: "outsideScope" }]);
      continue;
    }
    const earlier = seen.get(String(pair.id));
    if (earlier !== undefined) {
      plan.rows.push({ line, outcome: "match", label, problems: [], changes: [], note: { field: null, key: "sameAsLine", values: { line: earlier } } });
      continue;
    }
    seen.set(String(pair.id), line);
    if (pair.id < 0) continue;
    const { values, changes } = changesOf(pair, fields);
    if (changes.length === 0) {
      plan.rows.push({ line, outcome: "match", label, problems: [], changes: [] });
      continue;
    }
    plan.partnerships.push({ op: "update", id: pair.id, version: pair.version, values });
    plan.rows.push({ line, outcome: "update", label, problems: [], changes });
  }
  plan.unrecognised.push(...reader.list());
}
