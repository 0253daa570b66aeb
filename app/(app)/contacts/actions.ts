"use server";

import { contactsOfPartnerships } from "@/db/queries/contacts-of-partnerships";
import { defineAction } from "@/lib/server/define-action";
import { partnershipContactsSchema } from "@/lib/validation/contact-list";

/** The contacts the activity form offers once partnerships are chosen (reading is national; names of one's own office's contacts only). */
export const partnershipContactsAction = defineAction({
  schema: partnershipContactsSchema,
  capability: "records.read",
  handler: ({ db, viewer, input }) => contactsOfPartnerships(db, viewer, input.partnershipIds),
});
