import type { LocalityExportRow } from "@/db/queries/exports/localities";
import type { PartnershipExportRow } from "@/db/queries/exports/partnerships";
import type { ExportColumn } from "../table";
import { localityLevelLabel } from "@/lib/domain/locality-level";
import type { LocalityLevel } from "@/lib/domain/enums";
import { pick, type Labels } from "./labels";

/** The level in the locality's country's own terms, as [group, value] of the enums namespace. */
function levelTerm(r: LocalityExportRow): [string, string] {
  const key = localityLevelLabel(r.level as LocalityLevel, String(r.countryCode), {
    provinceCode: r.provinceCode as string | null,
    nameLocal: r.nameLocal as string,
  });
  const dot = key.lastIndexOf(".");
  return [key.slice(0, dot), key.slice(dot + 1)];
}

export function partnershipColumns(l: Labels): ExportColumn<PartnershipExportRow>[] {
  const h = l.header;
  return [
    { key: "id", header: h("id"), type: "number", width: 8, value: (r) => r.id },
    { key: "ourLocal", header: h("ourLocality"), type: "string", value: (r) => r.ourLocal },
    { key: "ourRomanised", header: h("ourRomanised"), type: "string", value: (r) => r.ourRomanised },
    { key: "province", header: h("province"), type: "string", width: 14, value: (r) => pick(l.zh, r.province, r.provinceZh) },
    {
      key: "region",
      header: h("region"),
      type: "string",
      width: 10,
      value: (r) => (r.region ? l.enumLabel("region", String(r.region)) : null),
    },
    { key: "partnerLocal", header: h("partner"), type: "string", value: (r) => r.partnerLocal },
    { key: "partnerZh", header: h("partnerZh"), type: "string", value: (r) => r.partnerZh },
    { key: "partnerRomanised", header: h("partnerRomanised"), type: "string", value: (r) => r.partnerRomanised },
    { key: "partnerState", header: h("partnerState"), type: "string", value: (r) => r.partnerState },
    { key: "country", header: h("country"), type: "string", width: 16, value: (r) => pick(l.zh, r.countryEn, r.countryZh) },
    { key: "countryCode", header: h("countryCode"), type: "string", width: 8, value: (r) => r.countryCode },
    { key: "type", header: h("type"), type: "string", width: 18, value: (r) => l.enumLabel("partnershipType", r.type as string) },
    { key: "level", header: h("level"), type: "string", width: 18, value: (r) => l.enumLabel("partnershipLevel", r.level as string) },
    { key: "signedOn", header: h("signedOn"), type: "date", value: (r) => r.signedOn },
    {
      key: "status",
      header: h("status"),
      type: "string",
      width: 16,
      value: (r) => (r.status ? l.enumLabel("partnershipStatus", String(r.status)) : null),
    },
    { key: "lastActivity", header: h("lastActivity"), type: "date", value: (r) => r.lastActivity },
    { key: "activities12m", header: h("activities12m"), type: "number", width: 10, value: (r) => r.activities12m },
  ];
}

export function localityColumns(l: Labels): ExportColumn<LocalityExportRow>[] {
  const h = l.header;
  return [
    { key: "id", header: h("id"), type: "number", width: 8, value: (r) => r.id },
    { key: "nameLocal", header: h("name"), type: "string", value: (r) => r.nameLocal },
    { key: "nameZh", header: h("nameZh"), type: "string", value: (r) => r.nameZh },
    { key: "nameRomanised", header: h("romanised"), type: "string", value: (r) => r.nameRomanised },
    { key: "country", header: h("country"), type: "string", width: 16, value: (r) => pick(l.zh, r.countryEn, r.countryZh) },
    { key: "countryCode", header: h("countryCode"), type: "string", width: 8, value: (r) => r.countryCode },
    { key: "state", header: h("provinceOrState"), type: "string", value: (r) => pick(l.zh, r.provinceEn, r.provinceZh) ?? r.stateName },
    { key: "level", header: h("localityLevel"), type: "string", width: 18, value: (r) => l.enumLabel(...levelTerm(r)) },
    { key: "latitude", header: h("latitude"), type: "number", width: 10, value: (r) => r.latitude },
    { key: "longitude", header: h("longitude"), type: "number", width: 10, value: (r) => r.longitude },
    { key: "partnerships", header: h("partnerships"), type: "number", width: 12, value: (r) => r.partnerships },
  ];
}
