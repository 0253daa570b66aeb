import type { LocalityLevel, PartnershipLevel, PartnershipStatus, PartnershipType } from "@/lib/domain/enums";
import type { RowChange, RowProblem } from "@/lib/import/types";
import { localitySchema } from "@/lib/validation/locality";
import { partnershipSchema } from "@/lib/validation/partnership";
import type { DirLocality, DirPair, Directory, LocalityLookup } from "./directory";
import { eachRow, mayEdit, type ImportPlan, type PartnershipFields, type PlanInput } from "./plan";
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

function sides(v: Record<string, unknown>): [Side, Side, boolean] {
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
  return ours.country !== "CN" && partner.country === "CN"
    ? [{ ...partner, province: ours.province, zh: null }, { ...ours, zh: partner.zh }, true]
    : [ours, partner, false];
}

/** A problem found on the swapped sides of a row, named by the file's own columns again. */
function unswap(problem: RowProblem): RowProblem {
  const field = problem.field?.startsWith("our")
    ? `partner${problem.field.slice(3)}`
    : problem.field?.startsWith("partner")
      ? `our${problem.field.slice(7)}`
      : problem.field;
  return { ...problem, field: field === "ourNameZh" ? "partnerNameZh" : (field ?? null) };
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
  if (!checked.success)
    return zodProblems(checked.error, { nameLocal: nameField, nameRomanised: nameField, stateName: "partnerState" })[0]!;
  return { locality: dir.add({ ...values, nameZh: values.nameZh ?? null, stateName: values.stateName ?? null }), isNew: true };
}

/**
 * Two places share a name (苏州 and 宿州 are both "Suzhou"; Córdoba the city and the province): when
 * exactly one pairing of the candidates is already registered, the row is about that pair.
 */
function registeredPair(dir: Directory, ours: Side, partner: Side): DirPair | null {
  if (!partner.country) return null;
  const candidates = (lookup: LocalityLookup) => ("found" in lookup ? [lookup.found] : "ambiguous" in lookup ? lookup.ambiguous : []);
  const oursFound = dir.find("CN", [ours.name, ours.romanised], { provinceCode: ours.province });
  const partnerFound = dir.find(partner.country, [partner.name, partner.romanised, partner.zh], { stateName: partner.state });
  if (!("ambiguous" in oursFound) && !("ambiguous" in partnerFound)) return null;
  const pairs = candidates(oursFound).flatMap((o) =>
    candidates(partnerFound)
      .map((p) => dir.pair(o.id, p.id))
      .filter((x) => x !== undefined),
  );
  return pairs.length === 1 ? pairs[0]! : null;
}

const SHOWN: (keyof PartnershipFields)[] = ["type", "level", "signedOn", "status", "notes"];

/** What an existing partnership would change to: only the fields the file fills, and a restore if it is archived. */
function changesOf(
  existing: DirPair,
  file: Partial<PartnershipFields>,
): { values: Partial<PartnershipFields> & { archivedAt?: null }; changes: RowChange[] } {
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
  const { directory: dir } = input;
  let created = 0;
  const label = (v: Record<string, unknown>) => {
    const [ours, partner] = sides(v);
    return `${ours.name ?? ours.romanised ?? "?"} – ${partner.name ?? partner.zh ?? partner.romanised ?? "?"}`;
  };
  yield* eachRow(input, plan, label, (row) => {
    const { v, problems } = row;
    const [ours, partner, swapped] = sides(v);
    if (swapped) row.rename = unswap;
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
    if (problems.length > 0) return row.fail();

    let pair: DirPair | undefined;
    if (typeof v.id === "number") {
      pair = dir.pairById(v.id);
      if (!pair || pair.id < 0) return row.fail([{ field: "id", key: "unknownId", values: { id: v.id } }]);
    } else {
      if (ours.country !== "CN")
        return row.fail([{ field: partner.country === "CN" ? "ourCountry" : "partnerCountry", key: "notChinese" }]);
      if (partner.country === "CN") return row.fail([{ field: "partnerCountry", key: "bothChinese" }]);
      pair = registeredPair(dir, ours, partner) ?? undefined;
    }
    if (!pair) {
      const ourSide = resolveSide(dir, ours, "ours", fields.level ?? null, mayEdit(input, null, ours.province));
      if ("key" in ourSide) return row.fail([ourSide]);
      if (!mayEdit(input, ourSide.locality.id, ourSide.locality.provinceCode)) return row.fail([{ field: "ourName", key: "outsideScope" }]);
      const partnerSide = resolveSide(dir, partner, "partner", fields.level ?? null, true);
      if ("key" in partnerSide) return row.fail([partnerSide]);
      if (partnerSide.isNew && !dir.countryCodes.has(partner.country!)) {
        dir.countryCodes.add(partner.country!);
        plan.newCountries.push(partner.country!);
      }
      pair = dir.pair(ourSide.locality.id, partnerSide.locality.id);
      if (!pair) {
        const tempId = -++created;
        const values: PartnershipFields = {
          type: fields.type ?? "sister",
          level: fields.level ?? "city",
          signedOn: fields.signedOn ?? null,
          status: fields.status ?? null,
          notes: fields.notes ?? null,
        };
        plan.partnerships.push({
          op: "create",
          tempId,
          ourLocalityId: ourSide.locality.id,
          partnerLocalityId: partnerSide.locality.id,
          values,
        });
        dir.setPair({
          id: tempId,
          ourLocalityId: ourSide.locality.id,
          partnerLocalityId: partnerSide.locality.id,
          ...values,
          archived: false,
          version: 1,
        });
        row.repeated(String(tempId));
        return row.done("create");
      }
    }
    if (!mayEdit(input, pair.ourLocalityId)) return row.fail([{ field: "ourName", key: "outsideScope" }]);
    if (row.repeated(String(pair.id))) return;
    const { values, changes } = changesOf(pair, fields);
    if (changes.length === 0) return row.done("match");
    plan.partnerships.push({ op: "update", id: pair.id, version: pair.version, values });
    row.done("update", changes);
  });
}
