import type { ContactExportRow } from "@/db/queries/exports/contacts";
import type { ExportColumn } from "../table";
import type { Labels } from "./labels";

export function contactColumns(l: Labels): ExportColumn<ContactExportRow>[] {
  const h = l.header;
  return [
    { key: "id", header: h("id"), type: "number", width: 8, value: (r) => r.id },
    { key: "personName", header: h("personName"), type: "string", width: 20, value: (r) => r.personName },
    { key: "side", header: h("contactSide"), type: "string", width: 10, value: (r) => l.enumLabel("contactSide", r.side as string) },
    { key: "office", header: h("office"), type: "string", width: 28, value: (r) => r.office },
    { key: "role", header: h("contactRole"), type: "string", width: 18, value: (r) => r.role },
    { key: "email", header: h("email"), type: "string", width: 28, value: (r) => r.email },
    { key: "phone", header: h("phone"), type: "string", width: 16, value: (r) => r.phone },
    { key: "languages", header: h("languages"), type: "string", width: 14, value: (r) => r.languages },
    { key: "ourLocality", header: h("ourLocality"), type: "string", value: (r) => r.ourLocality },
    { key: "partner", header: h("partner"), type: "string", value: (r) => r.partner },
    { key: "partnerZh", header: h("partnerZh"), type: "string", value: (r) => r.partnerZh },
    { key: "partnerRomanised", header: h("partnerRomanised"), type: "string", value: (r) => r.partnerRomanised },
    { key: "countryCode", header: h("countryCode"), type: "string", width: 8, value: (r) => r.countryCode },
    { key: "activities", header: h("activityCount"), type: "number", width: 10, value: (r) => r.activities },
    { key: "delegations", header: h("delegationCount"), type: "number", width: 10, value: (r) => r.delegations },
  ];
}
