"use server";

import { createLocality, updateLocality } from "@/db/mutations/localities";
import { mergeLocalities } from "@/db/mutations/localities-merge";
import { searchLocalities } from "@/db/queries/localities";
import { defineAction } from "@/lib/server/define-action";
import { localitySchema, localitySearchSchema, mergeLocalitiesSchema, updateLocalitySchema } from "@/lib/validation/locality";

export const createLocalityAction = defineAction({
  schema: localitySchema,
  capability: "localities.edit",
  handler: ({ db, viewer, input }) => ({ id: createLocality(db, viewer, input) }),
  revalidate: ["/localities"],
});

export const updateLocalityAction = defineAction({
  schema: updateLocalitySchema,
  capability: "localities.edit",
  handler: ({ db, viewer, input: { id, version, ...values } }) => ({ id: updateLocality(db, viewer, id, version, values) }),
  revalidate: (data) => ["/localities", `/localities/${data.id}`, "/partnerships"],
});

export const mergeLocalitiesAction = defineAction({
  schema: mergeLocalitiesSchema,
  capability: "localities.merge",
  handler: ({ db, viewer, input }) => mergeLocalities(db, viewer, input),
  revalidate: (data) => ["/localities", `/localities/${data.into}`, `/localities/${data.from}`, "/partnerships"],
});

/** The locality pickers' type-ahead over the directory. */
export const searchLocalitiesAction = defineAction({
  schema: localitySearchSchema,
  capability: "records.read",
  handler: ({ db, input }) => searchLocalities(db, input),
});
