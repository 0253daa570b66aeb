import { roleScopeField } from "@/lib/auth/permissions";
import { ROLES } from "@/lib/domain/enums";
import { newPasswordSchema } from "./auth";
import { cleanText } from "./text";
import { z } from "./zod";

const recordId = z.number().int().min(1).max(2_147_483_647);
const recordVersion = z.number().int().min(1).max(2_147_483_647);

/** What an administrator edits about an account: who, which role, and its scope. */
const userFields = {
  name: cleanText(100).min(1),
  email: cleanText(254).toLowerCase().min(1).pipe(z.email()),
  role: z.enum(ROLES),
  /** Province of a province administrator (or, optionally, of a viewer); "" for none. */
  provinceCode: cleanText(8),
  /** Locality of city staff. */
  localityId: recordId.nullable(),
};

type ScopeFields = { role: (typeof ROLES)[number]; provinceCode: string; localityId: number | null };

/** A province administrator needs a province; city staff need a locality. */
function requireScope(value: ScopeFields, ctx: z.RefinementCtx) {
  const needs = roleScopeField(value.role);
  if (needs.province === "required" && !value.provinceCode) {
    ctx.addIssue({ code: "custom", path: ["provinceCode"], message: "validation.required" });
  }
  if (needs.locality && value.localityId === null) {
    ctx.addIssue({ code: "custom", path: ["localityId"], message: "validation.required" });
  }
}

export const createUserSchema = z.object({ ...userFields, password: newPasswordSchema }).superRefine(requireScope);
export type CreateUserInput = z.infer<typeof createUserSchema>;

export const updateUserSchema = z.object({ id: recordId, version: recordVersion, ...userFields }).superRefine(requireScope);
export type UpdateUserInput = z.infer<typeof updateUserSchema>;

/** Deactivate, reactivate or reset the password of one account, as loaded at `version`. */
export const userRefSchema = z.object({ id: recordId, version: recordVersion });
export type UserRefInput = z.infer<typeof userRefSchema>;

/** The type-ahead of the locality picker. */
export const localitySearchSchema = z.object({ q: cleanText(100) });
