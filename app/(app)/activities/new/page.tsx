import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { prefilledPartnership } from "@/db/loaders/exchange";
import { PrefillRefused } from "@/components/exchanges/record-page";
import { ActivityForm } from "@/components/activities/activity-form";
import { toPickerOption } from "@/components/exchanges/labels";
import { today } from "@/lib/domain/clock";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/lib/auth/session";
import { activityPrefillSchema } from "@/lib/validation/exchange-prefill";
import { parseListParams } from "@/lib/validation/list-params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("activities");
  return { title: t("newTitle") };
}

/** The quick-log: `/activities/new?partnership=<id>` pre-fills the partnership; today's date; the last category. */
export default async function NewActivityPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireCapability("records.edit");
  const t = await getTranslations("activities");
  const { partnership } = parseListParams(activityPrefillSchema, await searchParams);
  const locale = await getLocale();
  const prefill = prefilledPartnership(viewer, partnership);
  const initial = prefill.options.map((o) => toPickerOption(o, locale));
  return (
    <>
      <PageHeader title={t("newTitle")} description={t("newDescription")} />
      {prefill.refused ? <PrefillRefused text={t("prefillRefused")} /> : null}
      <ActivityForm
        mode="create"
        rememberCategory
        initialPartnerships={initial}
        defaults={{
          title: "",
          category: "culture_science_education_health_sports",
          startDate: today(),
          endDate: "",
          location: "here",
          locationDetail: "",
          partnershipIds: initial.map((o) => o.id),
          organiserLocalityId: "",
          participantsOurs: "",
          participantsPartner: "",
          participantNames: "",
          description: "",
          outcomes: "",
          costAmount: "",
          costCurrency: "",
          tags: "",
        }}
      />
    </>
  );
}
