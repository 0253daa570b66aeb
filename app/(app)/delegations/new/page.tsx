import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { prefilledPartnership } from "@/db/loaders/exchange";
import { PrefillRefused } from "@/components/exchanges/record-page";
import { activityOptionsByIds } from "@/db/queries/activities-options";
import { copySources } from "@/db/queries/delegations-copy";
import { DelegationForm } from "@/components/delegations/delegation-form";
import { isoToDate, toPickerOption } from "@/components/exchanges/labels";
import { today } from "@/lib/domain/clock";
import { PageHeader } from "@/components/ui/page-header";
import { localityName } from "@/lib/domain/locality-name";
import { requireCapability } from "@/lib/auth/session";
import { delegationPrefillSchema } from "@/lib/validation/exchange-prefill";
import { parseListParams } from "@/lib/validation/list-params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("delegations");
  return { title: t("newTitle") };
}

/** `/delegations/new?partnership=<id>&activity=<id>` pre-fills a partnership and a linked activity. */
export default async function NewDelegationPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const viewer = await requireCapability("records.edit");
  const [t, format] = await Promise.all([getTranslations("delegations"), getFormatter()]);
  const { partnership, activity } = parseListParams(delegationPrefillSchema, await searchParams);
  const db = getDb();
  const locale = await getLocale();
  const prefill = prefilledPartnership(viewer, partnership);
  const initial = prefill.options.map((o) => toPickerOption(o, locale));
  const activities = activity ? activityOptionsByIds(db, [activity]).map((a) => ({ id: a.id, label: `${a.startDate} · ${a.title}` })) : [];
  const sources = copySources(db, viewer).map((s) => ({
    value: String(s.id),
    label: `${format.dateTime(isoToDate(s.startDate), { dateStyle: "medium", timeZone: "UTC" })} · ${s.leaderName} · ${localityName({ nameLocal: s.ourName, nameRomanised: s.ourRomanised, nameZh: s.ourZh }, locale)}`,
  }));
  return (
    <>
      <PageHeader title={t("newTitle")} description={t("newDescription")} />
      {prefill.refused ? <PrefillRefused text={t("prefillRefused")} /> : null}
      <DelegationForm
        mode="create"
        initialPartnerships={initial}
        initialActivities={activities}
        copySources={sources}
        defaults={{
          direction: "incoming",
          partnershipIds: initial.map((o) => o.id),
          ourLocalityId: "",
          leaderName: "",
          leaderTitle: "",
          leaderRank: "bureau",
          startDate: today(),
          endDate: "",
          purpose: "",
          status: "planned",
          outcomes: "",
          members: [],
          itinerary: [],
          activityIds: activities.map((a) => a.id),
        }}
      />
    </>
  );
}
