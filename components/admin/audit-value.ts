import { getFormatter, getTranslations } from "next-intl/server";
import { auditValueFormatter, type ValueFormatters } from "./audit-diff";

/** How an audit entry shows a stored value in the reader's language; `enumLabel` names the enumerations it knows. */
export async function auditValueShower(enumLabel: ValueFormatters["enumLabel"]) {
  const [tc, format] = await Promise.all([getTranslations("common"), getFormatter()]);
  return auditValueFormatter({ yes: tc("yes"), no: tc("no"), format, enumLabel });
}
