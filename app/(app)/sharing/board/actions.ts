"use server";

import {
  archivePartnerRequest,
  createPartnerRequest,
  respondToPartnerRequest,
  setPartnerRequestStatus,
  updatePartnerRequest,
} from "@/db/mutations/partner-requests";
import { defineAction } from "@/lib/server/define-action";
import {
  archivePartnerRequestSchema,
  partnerRequestSchema,
  partnerRequestStatusSchema,
  partnerResponseSchema,
  updatePartnerRequestSchema,
} from "@/lib/validation/partner-request";

// The partner-seeking board: who may post, edit and respond is decided per post in db/mutations/partner-requests.ts.

const paths = (id: number) => ["/", "/sharing/board", `/sharing/board/${id}`];

export const createPartnerRequestAction = defineAction({
  schema: partnerRequestSchema,
  capability: "records.edit",
  handler: ({ db, viewer, input }) => ({ id: createPartnerRequest(db, viewer, input) }),
  revalidate: ({ id }) => paths(id),
});

export const updatePartnerRequestAction = defineAction({
  schema: updatePartnerRequestSchema,
  capability: "records.edit",
  handler: ({ db, viewer, input }) => ({ id: updatePartnerRequest(db, viewer, input) }),
  revalidate: ({ id }) => paths(id),
});

export const setPartnerRequestStatusAction = defineAction({
  schema: partnerRequestStatusSchema,
  capability: "records.edit",
  handler: ({ db, viewer, input }) => ({ id: setPartnerRequestStatus(db, viewer, input) }),
  revalidate: ({ id }) => paths(id),
});

export const archivePartnerRequestAction = defineAction({
  schema: archivePartnerRequestSchema,
  capability: "records.edit",
  handler: ({ db, viewer, input }) => ({ id: archivePartnerRequest(db, viewer, input) }),
  revalidate: ({ id }) => paths(id),
});

export const respondToPartnerRequestAction = defineAction({
  schema: partnerResponseSchema,
  capability: "records.edit",
  handler: ({ db, viewer, input }) => ({ id: respondToPartnerRequest(db, viewer, input), requestId: input.requestId }),
  revalidate: ({ requestId }) => paths(requestId),
});
