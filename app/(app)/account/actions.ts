"use server";

import { changeOwnPassword } from "@/db/mutations/users";
import { getUserByEmail } from "@/db/queries/users";
import { hashPassword, verifyPassword } from "@/lib/auth/passwords";
import { AppError } from "@/lib/errors/app-error";
import { defineAction } from "@/lib/server/define-action";
import { changePasswordSchema } from "@/lib/validation/auth";

/**
 * Changes the signed-in user's password after checking the current one. Every session begun before
 * ends (the session generation is raised); the form then signs this one in again. The one action
 * open to a user who must still replace an administrator's password.
 */
export const changePasswordAction = defineAction({
  schema: changePasswordSchema,
  capability: "records.read",
  allowBeforePasswordChange: true,
  handler: async ({ viewer, db, input }) => {
    const user = getUserByEmail(db, viewer.email);
    if (!user || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
      throw new AppError("wrongCurrentPassword", {}, { currentPassword: ["errors.wrongCurrentPassword"] });
    }
    changeOwnPassword(db, viewer, user.version, await hashPassword(input.newPassword));
    return { changed: true };
  },
});
