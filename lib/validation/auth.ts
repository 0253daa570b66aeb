import { z } from "./zod";

export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().min(1).max(254).pipe(z.email()),
  password: z.string().min(1).max(200),
  callbackUrl: z.string().max(2000).optional(),
});
export type SignInInput = z.infer<typeof signInSchema>;

export const PASSWORD_MIN = 10;

export const newPasswordSchema = z.string().min(PASSWORD_MIN).max(200);

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1).max(200),
    newPassword: newPasswordSchema,
    confirmPassword: z.string().min(1).max(200),
  })
  .refine((v) => v.newPassword === v.confirmPassword, {
    path: ["confirmPassword"],
    message: "validation.passwordsDiffer",
  });
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;
