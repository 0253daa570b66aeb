import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { partnershipScopes } from "@/db/queries/activities-scope";
import { partnershipOptionsByIds } from "@/db/queries/partnership-options";
import { ActivityForm } from "@/components/activities/activity-form";
import { toPickerOption } from "@/components/exchanges/labels";
import { today } from "@/lib/domain/clock";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
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
  const db = getDb();
  const locale = await getLocale();
  const scope = partnership ? partnershipScopes(db, [partnership])[0] : undefined;
  const allowed =
    scope &&
    !scope.archived &&
    can(viewer, "records.edit", { ownerLocalityId: scope.ourLocalityId, ownerProvinceCode: scope.ownerProvinceCode });
  const initial = allowed && partnership ? partnershipOptionsByIds(db, [partnership]).map((o) => toPickerOption(o, locale)) : [];
  return (
    <>
      <PageHeader title={t("newTitle")} description={t("newDescription")} />
      {partnership && !allowed ? (
        <p role="alert" className="mb-6 max-w-3xl rounded-md border-2 border-amber-600 bg-amber-50 p-4 text-sm text-slate-900">
          {t("prefillRefused")}
        </p>
      ) : null}
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
