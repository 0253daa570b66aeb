"use server";

import { closeCampaign, createCampaign, openCampaign, updateCampaign } from "@/db/mutations/campaigns";
import { defineAction } from "@/lib/server/define-action";
import { campaignFormSchema, campaignTransitionSchema, updateCampaignSchema } from "@/lib/validation/campaign";

export const createCampaignAction = defineAction({
  schema: campaignFormSchema,
  capability: "campaigns.manage",
  handler: ({ db, viewer, input }) => createCampaign(db, viewer, input),
  revalidate: ["/evaluations/campaigns"],
});

export const updateCampaignAction = defineAction({
  schema: updateCampaignSchema,
  capability: "campaigns.manage",
  handler: ({ db, viewer, input }) => updateCampaign(db, viewer, input),
  revalidate: (data) => ["/evaluations", "/evaluations/campaigns", `/evaluations/campaigns/${data.id}`],
});

export const openCampaignAction = defineAction({
  schema: campaignTransitionSchema,
  capability: "campaigns.manage",
  handler: ({ db, viewer, input }) => ({ id: input.id, ...openCampaign(db, viewer, input) }),
  revalidate: (data) => ["/evaluations", "/evaluations/campaigns", `/evaluations/campaigns/${data.id}`],
});

export const closeCampaignAction = defineAction({
  schema: campaignTransitionSchema,
  capability: "campaigns.manage",
  handler: ({ db, viewer, input }) => closeCampaign(db, viewer, input),
  revalidate: (data) => ["/evaluations", "/evaluations/campaigns", `/evaluations/campaigns/${data.id}`],
});
