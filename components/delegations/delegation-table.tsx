"use client";

import Link from "next/link";
import type { ColumnDef } from "@tanstack/react-table";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import type { DelegationRow } from "@/db/queries/delegations";
import { DataTable } from "@/components/data-table/data-table";
import { useDateRangeColumn } from "@/components/exchanges/date-range-column";
import { PartnerList } from "@/components/exchanges/partner-list";
import { localityName } from "@/lib/domain/locality-name";
import type { DelegationListParams } from "@/lib/validation/delegation-list";

const STATUS_STYLE = {
  planned: "bg-brand-50 text-brand-900",
  completed: "bg-green-50 text-green-900",
  cancelled: "bg-slate-200 text-slate-800",
} as const;

export function DelegationTable({ rows, total, params }: { rows: DelegationRow[]; total: number; params: DelegationListParams }) {
  const t = useTranslations("delegations");
  const ta = useTranslations("activities");
  const te = useTranslations("enums");
  const format = useFormatter();
  const locale = useLocale();
  const dates = useDateRangeColumn<DelegationRow>(t("columns.startDate"));
  const columns: ColumnDef<DelegationRow>[] = [
    dates,
    {
      id: "direction",
      header: t("columns.direction"),
      enableSorting: true,
      cell: ({ row }) => te(`delegationDirection.${row.original.direction}`),
    },
    {
      id: "leaderName",
      header: t("columns.leaderName"),
      enableSorting: true,
      cell: ({ row }) => (
        <>
          <Link href={`/delegations/${row.original.id}`} className="font-medium">
            {row.original.leaderName}
          </Link>
          {row.original.leaderTitle ? <span className="block text-xs text-slate-600">{row.original.leaderTitle}</span> : null}
          {row.original.archived ? <span className="badge mt-1 bg-slate-200 text-slate-800">{ta("archivedBadge")}</span> : null}
        </>
      ),
    },
    {
      id: "partners",
      header: t("columns.partners"),
      cell: ({ row }) => <PartnerList partners={row.original.partners} locale={locale} />,
    },
    {
      id: "ourLocality",
      header: t("columns.ourLocality"),
      enableSorting: true,
      cell: ({ row: { original: r } }) =>
        localityName({ nameLocal: r.ourLocalityName, nameRomanised: r.ourLocalityRomanised, nameZh: r.ourLocalityZh }, locale),
    },
    { id: "members", header: t("columns.members"), cell: ({ row }) => format.number(row.original.members) },
    {
      id: "status",
      header: t("columns.status"),
      enableSorting: true,
      cell: ({ row }) => (
        <span className={`badge ${STATUS_STYLE[row.original.status]}`}>{te(`delegationStatus.${row.original.status}`)}</span>
      ),
    },
  ];
  return (
    <DataTable
      columns={columns}
      rows={rows}
      total={total}
      params={params}
      caption={t("caption")}
      emptyState={t("empty")}
      getRowId={(r) => String(r.id)}
    />
  );
}
