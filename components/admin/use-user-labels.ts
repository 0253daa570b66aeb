"use client";

import { useTranslations } from "next-intl";

const FIELDS = [
  "name",
  "email",
  "role",
  "provinceCode",
  "localityId",
  "locale",
  "active",
  "password",
  "passwordChangedAt",
  "lastSignInAt",
] as const;

/** The names of a user record's fields, for the error summary and the stale notice. */
export function useUserLabels(): Record<string, string> {
  const t = useTranslations("admin.fields");
  return Object.fromEntries(FIELDS.map((f) => [f, t(f)]));
}
