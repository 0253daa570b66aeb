import { RULES, type Row } from "./judge";
import { act, search } from "./call";
import { fresh, type Scope, type World } from "./world";

const P = "(app)/partnerships/actions.ts#";
const L = "(app)/localities/actions.ts#";

const partnershipForm = (ourLocalityId: number, partnerLocalityId: number) => ({
  ourLocalityId,
  partnerLocalityId,
  type: "sister",
  level: "city",
  signedOn: "1990-05-01",
  signatories: null,
  agreementLocation: null,
  notes: null,
});
const contactForm = (partnershipId: number) => ({
  partnershipId,
  side: "ours",
  office: null,
  personName: fresh("Contact"),
  role: null,
  email: null,
  phone: null,
  languages: null,
});

/** The locality form for an existing row, with changes. */
function localityForm(w: World, id: number, changes: Record<string, unknown> = {}) {
  const row = w.db.$client.prepare("select * from localities where id = ?").get(id) as Record<string, unknown>;
  return {
    id,
    version: row.version,
    countryCode: row.country_code,
    provinceCode: row.province_code,
    stateName: null,
    nameLocal: row.name_local,
    nameRomanised: fresh("Renamed"),
    level: row.level,
    latitude: null,
    longitude: null,
    notes: null,
    ...changes,
  };
}

/**
 * A locality abroad partnered with our localities in the given scopes (shared when several):
 * with the scope's own locality (Tianjin, Qingdao), or with new ones (so that merging two never clashes).
 */
function partnerOf(w: World, scopes: Scope[], ours: "main" | "new" = "main"): number {
  const partner = w.partnerLocality();
  for (const scope of scopes) w.partnership(scope, partner, ours === "main" ? w.ours[scope] : w.ourLocality(scope));
  return partner;
}

const other = (scope: Scope): Scope => (scope === "own" ? "foreign" : "own");

export const registryRows: Row[] = [
  {
    target: `${P}createPartnershipAction`,
    variant: "for our locality",
    writes: true,
    expect: RULES.scopedWrite,
    run: act((w, scope) => partnershipForm(w.ours[scope], w.partnerLocality())),
  },
  {
    target: `${P}updatePartnershipAction`,
    variant: "edit in place",
    writes: true,
    expect: RULES.scopedWrite,
    run: act((w, scope) => ({
      id: w.partnership(scope),
      version: 1,
      ...partnershipForm(w.ours[scope], w.partnerLocality()),
      notes: "edited",
    })),
  },
  {
    target: `${P}updatePartnershipAction`,
    variant: "move to the other scope's locality",
    writes: true,
    expect: RULES.nationalOnly,
    run: act((w, scope) => ({ id: w.partnership(scope), version: 1, ...partnershipForm(w.ours[other(scope)], w.partnerLocality()) })),
  },
  {
    target: `${P}archivePartnershipAction`,
    variant: "archive",
    writes: true,
    expect: RULES.scopedWrite,
    run: act((w, scope) => ({ id: w.partnership(scope), version: 1, archived: true })),
  },
  {
    target: `${P}findPairAction`,
    variant: "duplicate guard",
    writes: false,
    expect: RULES.readAll,
    run: act((w, scope) => ({ ourLocalityId: w.ours[scope], partnerLocalityId: w.partnerLocality() })),
  },
  {
    target: `${P}createContactAction`,
    variant: "add a contact",
    writes: true,
    expect: RULES.scopedWrite,
    run: act((w, scope) => contactForm(w.partnership(scope))),
  },
  {
    target: `${P}updateContactAction`,
    variant: "edit a contact",
    writes: true,
    expect: RULES.scopedWrite,
    run: act((w, scope) => {
      const id = w.contact(scope);
      const partnershipId = w.db.$client.prepare("select partnership_id from contacts where id = ?").pluck().get(id) as number;
      return { id, version: 1, ...contactForm(partnershipId) };
    }),
  },
  {
    target: `${P}archiveContactAction`,
    variant: "archive a contact",
    writes: true,
    expect: RULES.scopedWrite,
    run: act((w, scope) => ({ id: w.contact(scope), version: 1 })),
  },
  {
    target: `${L}createLocalityAction`,
    variant: "a locality of our side in the province",
    writes: true,
    // City staff add no localities of our side: their province's administrators do.
    expect: { ...RULES.scopedWrite, city_staff: ["refused", "refused"] },
    run: act((_w, scope) => ({
      countryCode: "CN",
      provinceCode: scope === "own" ? "TJ" : "SD",
      stateName: null,
      nameLocal: fresh("新城"),
      nameRomanised: fresh("Xincheng"),
      level: "city",
      latitude: null,
      longitude: null,
      notes: null,
    })),
  },
  {
    target: `${L}updateLocalityAction`,
    variant: "rename our locality",
    writes: true,
    expect: RULES.scopedWrite,
    run: act((w, scope) => localityForm(w, w.ours[scope])),
  },
  {
    target: `${L}updateLocalityAction`,
    variant: "move our locality into the other province (hole 1)",
    writes: true,
    isolated: true,
    expect: RULES.nationalOnly,
    // Refused as forbidden, or as an error on the province field saying who may move it.
    run: act(
      (w, scope) => localityForm(w, w.ours[scope], { provinceCode: scope === "own" ? "SD" : "TJ" }),
      (_m, fields) => "provinceCode" in fields,
    ),
  },
  {
    target: `${L}updateLocalityAction`,
    variant: "rename a locality abroad partnered in one scope only",
    writes: true,
    expect: RULES.scopedWrite,
    run: act((w, scope) => localityForm(w, partnerOf(w, [scope]))),
  },
  {
    target: `${L}updateLocalityAction`,
    variant: "rename a locality abroad shared with the other province (hole 2)",
    writes: true,
    expect: RULES.nationalOnly,
    run: act((w, scope) => localityForm(w, partnerOf(w, [scope, other(scope)]))),
  },
  {
    target: `${L}mergeLocalitiesAction`,
    variant: "two localities of our side in the province",
    writes: true,
    expect: RULES.adminScoped,
    run: act((w, scope) => ({ sourceId: w.ourLocality(scope), targetId: w.ourLocality(scope), sourceVersion: 1, targetVersion: 1 })),
  },
  {
    target: `${L}mergeLocalitiesAction`,
    variant: "two localities abroad partnered in one scope only",
    writes: true,
    expect: RULES.adminScoped,
    run: act((w, scope) => ({
      sourceId: partnerOf(w, [scope], "new"),
      targetId: partnerOf(w, [scope], "new"),
      sourceVersion: 1,
      targetVersion: 1,
    })),
  },
  {
    target: `${L}mergeLocalitiesAction`,
    variant: "a locality abroad shared with the other province (hole 2)",
    writes: true,
    expect: RULES.nationalOnly,
    run: act((w, scope) => ({
      sourceId: partnerOf(w, [scope, other(scope)], "new"),
      targetId: partnerOf(w, [scope], "new"),
      sourceVersion: 1,
      targetVersion: 1,
    })),
  },
  {
    target: `${L}searchLocalitiesAction`,
    variant: "directory type-ahead",
    writes: false,
    expect: RULES.readAll,
    run: search((w, scope) => {
      const id = w.ourLocality(scope);
      const name = w.db.$client.prepare("select name_romanised from localities where id = ?").pluck().get(id) as string;
      return { input: { q: name }, id };
    }),
  },
];
