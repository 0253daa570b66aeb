"use client";

import { useTranslations } from "next-intl";

export const PARTNERSHIP_FIELDS = [
  "ourLocalityId",
  "partnerLocalityId",
  "type",
  "level",
  "signedOn",
  "signatories",
  "agreementLocation",
  "notes",
  "status",
  "archivedAt",
] as const;

/** Field labels for the error summary and the stale notice, and a formatter of stored values. */
export function usePartnershipLabels() {
  const t = useTranslations("partnerships.fields");
  const te = useTranslations("enums");
  const td = useTranslations("partnerships.detail");
  const labels: Record<string, string> = Object.fromEntries(PARTNERSHIP_FIELDS.map((f) => [f, t(f)]));
  const formatValue = (field: string, value: unknown): string => {
    if (value === null || value === undefined || value === "") return "—";
    if (field === "type") return te(`partnershipType.${String(value)}`);
    if (field === "level") return te(`partnershipLevel.${String(value)}`);
    if (field === "status") return te(`partnershipStatus.${String(value)}`);
    if (field === "ourLocalityId" || field === "partnerLocalityId") return td("localityNo", { id: String(value) });
    return String(value);
  };
  return { labels, formatValue };
}
