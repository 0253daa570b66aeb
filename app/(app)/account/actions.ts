"use server";

import { changeOwnPassword } from "@/db/mutations/users";
import { getUserByEmail } from "@/db/queries/users";
import { hashPassword, verifyPassword } from "@/lib/auth/passwords";
import { AppError } from "@/lib/errors/app-error";
import { defineAction } from "@/lib/server/define-action";
import { changePasswordSchema } from "@/lib/validation/auth";

/**
 * Changes the signed-in user's password after checking the current one. Every
 * session begun before ends (password_changed_at); the form then signs this one in again.
 */
export const changePasswordAction = defineAction({
  schema: changePasswordSchema,
  capability: "records.read",
  handler: async ({ viewer, db, input }) => {
    const user = getUserByEmail(db, viewer.email);
    if (!user || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
      throw new AppError("wrongCurrentPassword", {}, { currentPassword: ["errors.wrongCurrentPassword"] });
    }
    changeOwnPassword(db, viewer, user.version, await hashPassword(input.newPassword));
    return { changed: true };
  },
});
