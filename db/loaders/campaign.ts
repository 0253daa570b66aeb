import "server-only";
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { getCampaign, getScopeChoices, getScopeNames } from "@/db/queries/campaigns";
import { byDisplayName } from "@/lib/domain/display-order";
import { parseId } from "@/lib/validation/campaign";

/** The campaign a page's `[id]` names (a malformed or unknown id is a 404). */
export function loadCampaign(rawId: string) {
  const id = parseId(rawId);
  const campaign = id === null ? undefined : getCampaign(getDb(), id);
  if (!campaign) notFound();
  return campaign;
}

/** The provinces and countries a campaign may be scoped to, as options named in the reader's language. */
export function scopeOptions(locale: string) {
  const zh = locale === "zh-CN";
  const choices = getScopeChoices(getDb());
  return {
    provinces: byDisplayName(
      choices.provinces.map((p) => ({ value: p.code, label: zh ? p.nameZh : p.nameEn })),
      zh,
    ),
    countries: choices.countries.map((c) => ({ value: c.code, label: zh ? c.nameZh : c.nameEn })),
  };
}

/** A campaign's scope as the reader says it: the provinces and countries named, or "all" when it has none. */
export function scopeSummary(
  campaign: Parameters<typeof getScopeNames>[1],
  locale: string,
  all: { provinces: string; countries: string },
): { provinces: string; countries: string } {
  const zh = locale === "zh-CN";
  const scope = getScopeNames(getDb(), campaign);
  return {
    provinces: scope.provinces.length ? scope.provinces.map((p) => (zh ? p.nameZh : p.nameEn)).join(", ") : all.provinces,
    countries: scope.countries.length ? scope.countries.map((c) => (zh ? c.nameZh : c.nameEn)).join(", ") : all.countries,
  };
}
