import { isSpecificRefusal, RULES, type Row } from "./judge";
import { act } from "./call";
import { fresh } from "./world";

const E = "(app)/evaluations/actions.ts#";
const C = "(app)/evaluations/campaigns/actions.ts#";

const answer = {
  intent: "submit",
  status: "good",
  trend: "about_same",
  purposes: ["widen_external_exchanges"],
  mostFrequentCategory: null,
  politicalEffect: "unaffected",
  achievements: "A youth exchange",
  problems: "",
  plans: "",
};

const campaignForm = (province: string) => ({
  title: fresh("Campaign"),
  year: 2027,
  opensOn: "2027-01-10",
  closesOn: "2027-03-31",
  scopeProvinces: [province],
  scopeCountries: [],
  instructions: "",
});

export const evaluationRows: Row[] = [
  {
    target: `${E}saveEvaluationAction`,
    variant: "submit our side's answers",
    writes: true,
    expect: RULES.scopedWrite,
    run: act((w, scope) => ({ ...answer, id: w.evaluation(scope), version: 1 })),
  },
  {
    target: `${E}reviewEvaluationAction`,
    variant: "approve a locality's submission",
    writes: true,
    expect: RULES.adminScoped,
    run: act((w, scope) => ({ id: w.evaluation(scope, w.staffOf[scope]), version: 1, decision: "approve", comment: "" })),
  },
  {
    target: `${E}reviewEvaluationAction`,
    variant: "approve one's own submission (hole 7)",
    writes: true,
    expect: { ...RULES.nobody, anonymous: ["signedOut", "signedOut"] },
    // Refusing one's own submission has a message of its own: any specific errors.* message counts.
    run: act(
      (w, scope, viewer) => ({ id: w.evaluation(scope, viewer ?? w.staffOf[scope]), version: 1, decision: "approve", comment: "" }),
      isSpecificRefusal,
    ),
  },
  {
    target: `${E}createPartnerLinkAction`,
    variant: "a link for the partner city",
    writes: true,
    expect: RULES.scopedWrite,
    run: act((w, scope) => ({ evaluationId: w.evaluation(scope), language: "en", recipientEmail: "", validDays: 14 })),
  },
  {
    target: `${E}revokePartnerLinkAction`,
    variant: "revoke a link",
    writes: true,
    expect: RULES.scopedWrite,
    run: act((w, scope) => ({ id: w.partnerLink(scope).id })),
  },
  {
    target: `${C}createCampaignAction`,
    variant: "a campaign for one province",
    writes: true,
    expect: RULES.nationalOnly,
    run: act((_w, scope) => campaignForm(scope === "own" ? "TJ" : "SD")),
  },
  {
    target: `${C}updateCampaignAction`,
    variant: "edit a draft",
    writes: true,
    expect: RULES.nationalOnly,
    run: act((w, scope) => ({
      ...campaignForm(scope === "own" ? "TJ" : "SD"),
      year: 2026,
      id: w.campaign("draft", [scope === "own" ? "TJ" : "SD"]),
      version: 1,
    })),
  },
  {
    target: `${C}openCampaignAction`,
    variant: "open a draft",
    writes: true,
    expect: RULES.nationalOnly,
    run: act((w, scope) => ({ id: w.campaign("draft", [scope === "own" ? "TJ" : "SD"]), version: 1 })),
  },
  {
    target: `${C}closeCampaignAction`,
    variant: "close an open campaign",
    writes: true,
    expect: RULES.nationalOnly,
    run: act((w, scope) => ({ id: w.campaign("open", [scope === "own" ? "TJ" : "SD"]), version: 1 })),
  },
];
