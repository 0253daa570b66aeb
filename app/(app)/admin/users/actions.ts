"use server";

import { createUser, resetUserPassword, setUserActive, updateUser } from "@/db/mutations/users";
import { searchOurLocalities } from "@/db/queries/users-admin";
import { hashPassword } from "@/lib/auth/passwords";
import { generateTemporaryPassword } from "@/lib/validation/user-password";
import { defineAction } from "@/lib/server/define-action";
import { createUserSchema, localitySearchSchema, updateUserSchema, userRefSchema } from "@/lib/validation/user";

export const createUserAction = defineAction({
  schema: createUserSchema,
  capability: "users.manage",
  handler: async ({ viewer, db, input }) => createUser(db, viewer, input, await hashPassword(input.password)),
  revalidate: ["/admin/users"],
});

export const updateUserAction = defineAction({
  schema: updateUserSchema,
  capability: "users.manage",
  handler: ({ viewer, db, input }) => updateUser(db, viewer, input),
  revalidate: (data) => ["/admin/users", `/admin/users/${data.id}`],
});

export const deactivateUserAction = defineAction({
  schema: userRefSchema,
  capability: "users.manage",
  handler: ({ viewer, db, input }) => setUserActive(db, viewer, input, false),
  revalidate: (data) => ["/admin/users", `/admin/users/${data.id}`],
});

export const reactivateUserAction = defineAction({
  schema: userRefSchema,
  capability: "users.manage",
  handler: ({ viewer, db, input }) => setUserActive(db, viewer, input, true),
  revalidate: (data) => ["/admin/users", `/admin/users/${data.id}`],
});

/** Sets a new temporary password and answers it, once, to the administrator; it is never stored in clear or logged. */
export const resetPasswordAction = defineAction({
  schema: userRefSchema,
  capability: "users.manage",
  handler: async ({ viewer, db, input }) => {
    const temporaryPassword = generateTemporaryPassword();
    const result = resetUserPassword(db, viewer, input, await hashPassword(temporaryPassword));
    return { ...result, temporaryPassword };
  },
  revalidate: (data) => [`/admin/users/${data.id}`],
});

/** The locality picker's type-ahead: our side's localities within the administrator's scope. */
export const searchLocalitiesAction = defineAction({
  schema: localitySearchSchema,
  capability: "users.manage",
  handler: ({ viewer, db, input }) => searchOurLocalities(db, viewer, input.q),
});
