import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ExchangeListFrame } from "@/components/exchanges/exchange-list-frame";
import { getDb } from "@/db/client";
import { exchangeListContext } from "@/db/loaders/exchange";
import { listActivities } from "@/db/queries/activities";
import { ActivityTable } from "@/components/activities/activity-table";
import { requireCapability } from "@/lib/auth/session";
import { ACTIVITY_CATEGORIES } from "@/lib/domain/enums";
import { activityListSchema } from "@/lib/validation/activity-list";
import { parseListParams } from "@/lib/validation/list-params";
import { resolveListScope } from "@/lib/server/list-scope";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("activities");
  return { title: t("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ActivitiesPage({ searchParams }: { searchParams: SearchParams }) {
  const viewer = await requireCapability("records.read");
  const raw = await searchParams;
  const params = parseListParams(activityListSchema, raw);
  const [t, te] = await Promise.all([getTranslations("activities"), getTranslations("enums")]);
  const db = getDb();
  const scope = await resolveListScope(viewer, "activities", params);
  const { rows, total } = listActivities(db, viewer, { ...params, within: scope.within });
  const context = await exchangeListContext(viewer);
  return (
    <ExchangeListFrame
      {...context}
      viewer={viewer}
      list="activities"
      raw={raw}
      params={params}
      scope={scope}
      title={t("title")}
      description={t("description")}
      newLabel={t("logActivity")}
      searchLabel={t("filters.q")}
      extra={[
        {
          param: "category",
          label: t("filters.category"),
          options: ACTIVITY_CATEGORIES.map((c) => ({ value: c, label: te(`activityCategory.${c}`) })),
        },
      ]}
    >
      <ActivityTable rows={rows} total={total} params={params} />
    </ExchangeListFrame>
  );
}
