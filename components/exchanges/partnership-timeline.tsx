import { getTranslations } from "next-intl/server";

/**
 * The activities and delegations of one partnership, newest first.
 * Placeholder until the activity log lands (issue 4 replaces this body).
 */
export async function PartnershipTimeline({ partnershipId }: { partnershipId: number }) {
  const t = await getTranslations("common");
  void partnershipId;
  return <p className="text-sm text-slate-600">{t("comingSoonBody")}</p>;
}
