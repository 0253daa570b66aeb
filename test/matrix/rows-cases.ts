import { cases } from "@/db/schema";
import { act } from "./call";
import { RULES, type Expectation, type Row } from "./judge";
import { fresh, type Scope, type World } from "./world";

const C = "(app)/sharing/cases/actions.ts#";

/** Everyone who writes records writes cases (for their own office), linking any record in the country. */
const writers: Expectation = {
  national_admin: ["ok", "ok"],
  province_admin: ["ok", "ok"],
  city_staff: ["ok", "ok"],
  viewer: ["refused", "refused"],
  anonymous: ["signedOut", "signedOut"],
};

/** A published case of the scope's city (own: Tianjin, TJ; foreign: Qingdao, SD), in the state a row needs. */
function insertCase(w: World, scope: Scope, state: { archived?: boolean; hidden?: boolean; featured?: boolean } = {}): number {
  return w.db
    .insert(cases)
    .values({
      title: fresh("Case"),
      summary: "Summary",
      body: "Body",
      category: "youth",
      language: "en",
      status: "published",
      publishedAt: new Date("2026-01-05T00:00:00Z"),
      ownerLocalityId: w.ours[scope],
      ownerProvinceCode: scope === "own" ? "TJ" : "SD",
      archivedAt: state.archived ? new Date("2026-02-01T00:00:00Z") : null,
      hiddenAt: state.hidden ? new Date("2026-02-01T00:00:00Z") : null,
      hiddenReason: state.hidden ? "Reason" : null,
      featuredAt: state.featured ? new Date("2026-02-01T00:00:00Z") : null,
    })
    .returning({ id: cases.id })
    .get().id;
}

const caseInput = (w: World, scope: Scope) => ({
  title: fresh("Robotics"),
  summary: "Pupils built robots together.",
  body: "Joint **camp**.",
  category: "youth",
  language: "en",
  tags: "youth, robotics",
  partnershipIds: [w.partnership(scope)],
  localityIds: [w.sharedPartner],
  activityIds: [],
  startDate: "2025-07-01",
  endDate: "",
  status: "published",
});

export const caseRows: Row[] = [
  {
    target: `${C}createCaseAction`,
    variant: "a case of one's office, linking a partnership of one's own / another province",
    writes: true,
    expect: writers,
    run: act((w, scope) => caseInput(w, scope)),
  },
  {
    target: `${C}updateCaseAction`,
    variant: "edit a case of one's own city / another province's city",
    writes: true,
    expect: RULES.scopedWrite,
    run: act((w, scope) => ({ ...caseInput(w, "own"), id: insertCase(w, scope), version: 1 })),
  },
  {
    target: `${C}archiveCaseAction`,
    variant: "archive",
    writes: true,
    expect: RULES.scopedWrite,
    run: act((w, scope) => ({ id: insertCase(w, scope), version: 1 })),
  },
  {
    target: `${C}restoreCaseAction`,
    variant: "restore",
    writes: true,
    expect: RULES.scopedWrite,
    run: act((w, scope) => ({ id: insertCase(w, scope, { archived: true }), version: 1 })),
  },
  {
    target: `${C}featureCaseAction`,
    variant: "feature (administrators in scope)",
    writes: true,
    expect: RULES.adminScoped,
    run: act((w, scope) => ({ id: insertCase(w, scope), version: 1 })),
  },
  {
    target: `${C}unfeatureCaseAction`,
    variant: "unfeature",
    writes: true,
    expect: RULES.adminScoped,
    run: act((w, scope) => ({ id: insertCase(w, scope, { featured: true }), version: 1 })),
  },
  {
    target: `${C}hideCaseAction`,
    variant: "hide with a reason",
    writes: true,
    expect: RULES.adminScoped,
    run: act((w, scope) => ({ id: insertCase(w, scope), version: 1, reason: "Names a private person" })),
  },
  {
    target: `${C}unhideCaseAction`,
    variant: "show again",
    writes: true,
    expect: RULES.adminScoped,
    run: act((w, scope) => ({ id: insertCase(w, scope, { hidden: true }), version: 1 })),
  },
];
