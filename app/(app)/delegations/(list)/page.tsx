import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ExchangeListFrame } from "@/components/exchanges/exchange-list-frame";
import { getDb } from "@/db/client";
import { exchangeListContext } from "@/db/loaders/exchange";
import { listDelegations } from "@/db/queries/delegations";
import { DelegationTable } from "@/components/delegations/delegation-table";
import { requireCapability } from "@/lib/auth/session";
import { DELEGATION_DIRECTIONS, DELEGATION_STATUSES } from "@/lib/domain/enums";
import { delegationListSchema } from "@/lib/validation/delegation-list";
import { parseListParams } from "@/lib/validation/list-params";
import { resolveListScope } from "@/lib/server/list-scope";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("delegations");
  return { title: t("title") };
}

export default async function DelegationsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireCapability("records.read");
  const raw = await searchParams;
  const params = parseListParams(delegationListSchema, raw);
  const [t, te] = await Promise.all([getTranslations("delegations"), getTranslations("enums")]);
  const db = getDb();
  const scope = await resolveListScope(viewer, "delegations", params);
  const { rows, total } = listDelegations(db, viewer, { ...params, within: scope.within });
  const context = await exchangeListContext(viewer);
  return (
    <ExchangeListFrame
      {...context}
      viewer={viewer}
      list="delegations"
      raw={raw}
      params={params}
      scope={scope}
      title={t("title")}
      description={t("description")}
      newLabel={t("newDelegation")}
      searchLabel={t("filters.q")}
      extra={[
        {
          param: "direction",
          label: t("filters.direction"),
          options: DELEGATION_DIRECTIONS.map((d) => ({ value: d, label: te(`delegationDirection.${d}`) })),
        },
        {
          param: "status",
          label: t("filters.status"),
          options: DELEGATION_STATUSES.map((s) => ({ value: s, label: te(`delegationStatus.${s}`) })),
        },
      ]}
    >
      <DelegationTable rows={rows} total={total} params={params} />
    </ExchangeListFrame>
  );
}
