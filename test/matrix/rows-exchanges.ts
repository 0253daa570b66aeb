import { activityInput } from "@/test/fixtures/activities";
import { RULES, type Row } from "./judge";
import { act, search } from "./call";
import { fresh, type Scope, type World } from "./world";

const A = "(app)/activities/actions.ts#";
const D = "(app)/delegations/actions.ts#";

const delegationForm = (partnershipId: number) => ({
  direction: "outgoing",
  partnershipIds: [partnershipId],
  ourLocalityId: null,
  leaderName: fresh("Leader"),
  leaderTitle: null,
  leaderRank: "bureau",
  startDate: "2025-09-01",
  endDate: null,
  purpose: null,
  status: "completed",
  outcomes: null,
  members: [],
  itinerary: [],
  activityIds: [],
});

/** A partnership of the scope, and a word that finds it among the pickers' options (its partner's name). */
function findablePartnership(w: World, scope: Scope) {
  const id = w.partnership(scope);
  const q = w.db.$client
    .prepare("select l.name_romanised from partnerships p join localities l on l.id = p.partner_locality_id where p.id = ?")
    .pluck()
    .get(id) as string;
  return { id, q };
}

export const exchangeRows: Row[] = [
  {
    target: `${A}createActivityAction`,
    variant: "log an activity",
    writes: true,
    expect: RULES.scopedWrite,
    run: act((w, scope) => activityInput([w.partnership(scope)], { title: fresh("Activity") })),
  },
  {
    target: `${A}updateActivityAction`,
    variant: "edit an activity",
    writes: true,
    expect: RULES.scopedWrite,
    run: act((w, scope) => {
      const { id, partnershipId } = w.activity(scope);
      return { ...activityInput([partnershipId], { title: fresh("Edited") }), id, version: 1 };
    }),
  },
  {
    target: `${A}archiveActivityAction`,
    variant: "archive",
    writes: true,
    expect: RULES.scopedWrite,
    run: act((w, scope) => ({ id: w.activity(scope).id, version: 1 })),
  },
  {
    target: `${A}restoreActivityAction`,
    variant: "restore",
    writes: true,
    expect: RULES.scopedWrite,
    run: act((w, scope) => ({ id: w.activity(scope, true).id, version: 1 })),
  },
  {
    target: `${A}searchPartnershipOptionsAction`,
    variant: "picker for a write",
    writes: false,
    expect: RULES.searchForWrite,
    run: search((w, scope) => {
      const { id, q } = findablePartnership(w, scope);
      return { input: { q, forWrite: true }, id };
    }),
  },
  {
    target: `${A}searchPartnershipOptionsAction`,
    variant: "picker for a filter (reading)",
    writes: false,
    expect: RULES.readAll,
    run: search((w, scope) => {
      const { id, q } = findablePartnership(w, scope);
      return { input: { q, forWrite: false }, id };
    }),
  },
  {
    target: `${A}searchActivityOptionsAction`,
    variant: "a delegation's activity picker",
    writes: false,
    expect: { ...RULES.searchForWrite, viewer: ["refused", "refused"] },
    run: search((w, scope) => {
      const { id } = w.activity(scope);
      const q = w.db.$client.prepare("select title from activities where id = ?").pluck().get(id) as string;
      return { input: { q }, id };
    }),
  },
  {
    target: `${A}archiveAttachmentAction`,
    variant: "remove a file",
    writes: true,
    expect: RULES.scopedWrite,
    run: act((w, scope) => ({ id: w.attachment(scope) })),
  },
  {
    target: `${D}createDelegationAction`,
    variant: "record a delegation",
    writes: true,
    expect: RULES.scopedWrite,
    run: act((w, scope) => delegationForm(w.partnership(scope))),
  },
  {
    target: `${D}updateDelegationAction`,
    variant: "edit a delegation",
    writes: true,
    expect: RULES.scopedWrite,
    run: act((w, scope) => {
      const { id, partnershipId } = w.delegation(scope);
      return { ...delegationForm(partnershipId), id, version: 1 };
    }),
  },
  {
    target: `${D}archiveDelegationAction`,
    variant: "archive",
    writes: true,
    expect: RULES.scopedWrite,
    run: act((w, scope) => ({ id: w.delegation(scope).id, version: 1 })),
  },
  {
    target: `${D}restoreDelegationAction`,
    variant: "restore",
    writes: true,
    expect: RULES.scopedWrite,
    run: act((w, scope) => ({ id: w.delegation(scope, true).id, version: 1 })),
  },
  {
    target: `${D}copyDelegationPeopleAction`,
    variant: "start from an earlier delegation's people",
    writes: false,
    expect: RULES.scopedWrite,
    run: act((w, scope) => ({ id: w.delegation(scope).id })),
  },
];
