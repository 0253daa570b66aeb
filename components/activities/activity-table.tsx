"use client";

import Link from "next/link";
import type { ColumnDef } from "@tanstack/react-table";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import type { ActivityRow } from "@/db/queries/activities";
import { DataTable } from "@/components/data-table/data-table";
import { useDateRangeColumn } from "@/components/exchanges/date-range-column";
import { PartnerList } from "@/components/exchanges/partner-list";
import { localityName } from "@/lib/domain/locality-name";
import type { ActivityListParams } from "@/lib/validation/activity-list";

export const ACTIVITY_DEFAULT_COLUMNS = ["startDate", "title", "category", "partners", "organiser", "participants"];

export function ActivityTable({ rows, total, params }: { rows: ActivityRow[]; total: number; params: ActivityListParams }) {
  const t = useTranslations("activities");
  const te = useTranslations("enums");
  const format = useFormatter();
  const locale = useLocale();
  const dates = useDateRangeColumn<ActivityRow>(t("columns.startDate"));
  const columns: ColumnDef<ActivityRow>[] = [
    dates,
    {
      id: "title",
      header: t("columns.title"),
      enableSorting: true,
      cell: ({ row }) => (
        <>
          <Link href={`/activities/${row.original.id}`} className="font-medium">
            {row.original.title}
          </Link>
          {row.original.archived ? <span className="badge ml-2 bg-slate-200 text-slate-800">{t("archivedBadge")}</span> : null}
        </>
      ),
    },
    {
      id: "category",
      header: t("columns.category"),
      enableSorting: true,
      cell: ({ row }) => te(`activityCategory.${row.original.category}`),
    },
    {
      id: "partners",
      header: t("columns.partners"),
      cell: ({ row }) => <PartnerList partners={row.original.partners} locale={locale} />,
    },
    {
      id: "organiser",
      header: t("columns.organiser"),
      enableSorting: true,
      cell: ({ row: { original: r } }) =>
        localityName({ nameLocal: r.organiserName, nameRomanised: r.organiserRomanised, nameZh: r.organiserZh }, locale),
    },
    {
      id: "participants",
      header: t("columns.participants"),
      cell: ({ row }) =>
        row.original.participantsOurs === null && row.original.participantsPartner === null
          ? "—"
          : t("participantsPair", {
              ours: format.number(row.original.participantsOurs ?? 0),
              partner: format.number(row.original.participantsPartner ?? 0),
            }),
    },
    { id: "location", header: t("columns.location"), cell: ({ row }) => te(`activityLocation.${row.original.location}`) },
  ];
  return (
    <DataTable
      columns={columns}
      rows={rows}
      total={total}
      params={params}
      defaultColumns={ACTIVITY_DEFAULT_COLUMNS}
      caption={t("caption")}
      emptyState={t("empty")}
      getRowId={(r) => String(r.id)}
    />
  );
}
