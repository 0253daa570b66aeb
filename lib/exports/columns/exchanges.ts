import type { ActivityExportRow } from "@/db/queries/exports/activities";
import type { DelegationExportRow } from "@/db/queries/exports/delegations";
import type { ExportColumn } from "../table";
import type { Labels } from "./labels";

export function activityColumns(l: Labels): ExportColumn<ActivityExportRow>[] {
  const h = l.header;
  return [
    { key: "id", header: h("id"), type: "number", width: 8, value: (r) => r.id },
    { key: "title", header: h("title"), type: "string", width: 36, value: (r) => r.title },
    { key: "category", header: h("category"), type: "string", value: (r) => l.enumLabel("activityCategory", r.category as string) },
    { key: "startDate", header: h("startDate"), type: "date", value: (r) => r.startDate },
    { key: "endDate", header: h("endDate"), type: "date", value: (r) => r.endDate },
    {
      key: "location",
      header: h("location"),
      type: "string",
      width: 14,
      value: (r) => l.enumLabel("activityLocation", r.location as string),
    },
    { key: "locationDetail", header: h("locationDetail"), type: "string", value: (r) => r.locationDetail },
    { key: "organiser", header: h("organiser"), type: "string", value: (r) => r.organiserLocal },
    { key: "partners", header: h("partners"), type: "string", width: 36, value: (r) => r.partners },
    { key: "partnersZh", header: h("partnersZh"), type: "string", width: 28, value: (r) => r.partnersZh },
    { key: "participantsOurs", header: h("participantsOurs"), type: "number", value: (r) => r.participantsOurs },
    { key: "participantsPartner", header: h("participantsPartner"), type: "number", value: (r) => r.participantsPartner },
    { key: "costAmount", header: h("cost"), type: "number", value: (r) => r.costAmount },
    { key: "costCurrency", header: h("currency"), type: "string", width: 8, value: (r) => r.costCurrency },
    { key: "outcomes", header: h("outcomes"), type: "string", width: 40, value: (r) => r.outcomes },
  ];
}

export function delegationColumns(l: Labels): ExportColumn<DelegationExportRow>[] {
  const h = l.header;
  return [
    { key: "id", header: h("id"), type: "number", width: 8, value: (r) => r.id },
    {
      key: "direction",
      header: h("direction"),
      type: "string",
      width: 10,
      value: (r) => l.enumLabel("delegationDirection", r.direction as string),
    },
    { key: "startDate", header: h("startDate"), type: "date", value: (r) => r.startDate },
    { key: "endDate", header: h("endDate"), type: "date", value: (r) => r.endDate },
    { key: "ourLocality", header: h("ourLocality"), type: "string", value: (r) => r.ourLocal },
    { key: "partners", header: h("partners"), type: "string", width: 36, value: (r) => r.partners },
    { key: "partnersZh", header: h("partnersZh"), type: "string", width: 28, value: (r) => r.partnersZh },
    { key: "leaderName", header: h("leaderName"), type: "string", value: (r) => r.leaderName },
    { key: "leaderTitle", header: h("leaderTitle"), type: "string", value: (r) => r.leaderTitle },
    { key: "leaderRank", header: h("leaderRank"), type: "string", value: (r) => l.enumLabel("leaderRank", r.leaderRank as string) },
    { key: "members", header: h("members"), type: "number", width: 10, value: (r) => r.members },
    {
      key: "status",
      header: h("delegationStatus"),
      type: "string",
      width: 12,
      value: (r) => l.enumLabel("delegationStatus", r.status as string),
    },
    { key: "purpose", header: h("purpose"), type: "string", width: 40, value: (r) => r.purpose },
  ];
}
