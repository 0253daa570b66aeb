import { isCommonPassword } from "./common-passwords";
import { z } from "./zod";

export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().min(1).max(254).pipe(z.email()),
  password: z.string().min(1).max(200),
  callbackUrl: z.string().max(2000).optional(),
});

export const PASSWORD_MIN = 12;

/** A password someone chooses (or an administrator sets): long, and not a commonly breached one. */
export const newPasswordSchema = z
  .string()
  .min(PASSWORD_MIN)
  .max(200)
  // A short one hears only that it is short.
  .refine((password) => password.length < PASSWORD_MIN || !isCommonPassword(password), { message: "validation.passwordTooCommon" });

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1).max(200),
    newPassword: newPasswordSchema,
    confirmPassword: z.string().min(1).max(200),
  })
  .refine((v) => v.newPassword === v.confirmPassword, {
    path: ["confirmPassword"],
    message: "validation.passwordsDiffer",
  })
  // An administrator's temporary password must really be replaced.
  .refine((v) => v.newPassword !== v.currentPassword, {
    path: ["newPassword"],
    message: "validation.passwordUnchanged",
  });
