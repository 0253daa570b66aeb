import type { CaseFormDefaults } from "./case-form";

/** The case form's values: strings for inputs, id lists for the pickers; an edit passes the record's. */
export function caseFormDefaults(c: {
  title?: string;
  summary?: string;
  body?: string;
  category?: string;
  language?: string;
  tags?: string[];
  startDate?: string | null;
  endDate?: string | null;
  status?: string;
  partnershipIds?: number[];
  localityIds?: number[];
  activityIds?: number[];
}): CaseFormDefaults {
  return {
    title: c.title ?? "",
    summary: c.summary ?? "",
    body: c.body ?? "",
    category: c.category ?? "culture_science_education_health_sports",
    language: c.language ?? "zh-CN",
    tags: (c.tags ?? []).join(", "),
    startDate: c.startDate ?? "",
    endDate: c.endDate ?? "",
    status: c.status ?? "published",
    partnershipIds: c.partnershipIds ?? [],
    localityIds: c.localityIds ?? [],
    activityIds: c.activityIds ?? [],
  };
}
