"use server";

import { changeOwnPassword } from "@/db/mutations/users";
import { getUserByEmail } from "@/db/queries/users";
import { signIn } from "@/lib/auth/auth";
import { hashPassword, verifyPassword } from "@/lib/auth/passwords";
import { AppError } from "@/lib/errors/app-error";
import { defineAction } from "@/lib/server/define-action";
import { changePasswordSchema } from "@/lib/validation/auth";

/**
 * Changes the signed-in user's password after checking the current one. Other
 * sessions end (password_changed_at); this one is renewed so that the user stays signed in.
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
    await signIn("credentials", { email: viewer.email, password: input.newPassword, redirect: false });
    return { changed: true };
  },
});
