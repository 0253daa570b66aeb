"use client";

import { useFormatter, useTranslations } from "next-intl";
import { auditValueFormatter } from "./audit-diff";

/** formatAuditValue with the user's language, for client components (the stale notice). */
export function useFormatAuditValue(): (field: string, value: unknown) => string {
  const tc = useTranslations("common");
  const te = useTranslations("enums");
  const format = useFormatter();
  return auditValueFormatter({
    yes: tc("yes"),
    no: tc("no"),
    format,
    enumLabel: (f, v) => (f === "role" && te.has(`role.${v}`) ? te(`role.${v}`) : undefined),
  });
}
