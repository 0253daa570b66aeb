"use server";

import { setDormantMonths } from "@/db/mutations/settings";
import { defineAction } from "@/lib/server/define-action";
import { dormancySettingSchema } from "@/lib/validation/settings";

/** The dormancy threshold: a national setting, national administrators' only (db/mutations/settings.ts). */
export const setDormantMonthsAction = defineAction({
  schema: dormancySettingSchema,
  capability: "admin.access",
  handler: ({ db, viewer, input }) => ({ months: setDormantMonths(db, viewer, input) }),
  revalidate: ["/", "/admin/settings"],
});
