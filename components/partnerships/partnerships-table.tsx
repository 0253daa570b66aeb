"use client";

import Link from "next/link";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import type { ColumnDef } from "@tanstack/react-table";
import { DataTable, type TableParams } from "@/components/data-table/data-table";
import { serverSorted } from "@/components/data-table/server-sorted";
import { StatusBadge } from "@/components/dashboard/status-badge";
import type { PartnershipRow } from "@/db/queries/partnerships-list";
import { yearsSince } from "@/lib/domain/anniversary";
import { localityNames, type LocalityNameForms } from "@/lib/domain/locality-name";
import { DEFAULT_PARTNERSHIP_COLUMNS } from "@/lib/validation/partnership-list";

type Props = {
  rows: PartnershipRow[];
  total: number;
  params: TableParams;
  today: string;
  emptyState: React.ReactNode;
};

const toDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** The registry's table: the server filters, sorts and pages; this chooses how rows read. */
export function PartnershipsTable(props: Props) {
  const t = useTranslations("partnerships");
  const te = useTranslations("enums");
  const format = useFormatter();
  const locale = useLocale();
  const day = (iso: string) => format.dateTime(toDate(iso), { dateStyle: "medium", timeZone: "UTC" });
  const name = (o: LocalityNameForms) => {
    const { primary, secondary } = localityNames(o, locale);
    return (
      <>
        <span className="font-medium">{primary}</span>
        {secondary.length > 0 ? <span className="block text-xs text-slate-600">{secondary.join(" · ")}</span> : null}
      </>
    );
  };
  const columns: ColumnDef<PartnershipRow>[] = [
    {
      id: "ours",
      header: t("columns.ours"),
      enableSorting: true,
      cell: ({ row }) => (
        <Link href={`/partnerships/${row.original.id}`} className="block">
          {name(row.original.ours)}
        </Link>
      ),
    },
    {
      id: "partner",
      header: t("columns.partner"),
      enableSorting: true,
      cell: ({ row }) => (
        <Link href={`/partnerships/${row.original.id}`} className="block">
          {name(row.original.partner)}
        </Link>
      ),
    },
    { id: "country", header: t("columns.country"), enableSorting: true, cell: ({ row }) => row.original.countryName },
    {
      id: "signedOn",
      header: t("columns.signedOn"),
      enableSorting: true,
      cell: ({ row }) => {
        const signed = row.original.signedOn;
        if (!signed) return <span className="text-slate-600">{t("list.notRecorded")}</span>;
        return (
          <>
            <span className="whitespace-nowrap">{day(signed)}</span>
            <span className="block text-xs text-slate-600">{t("list.yearsSince", { years: yearsSince(signed, props.today) ?? 0 })}</span>
          </>
        );
      },
    },
    { id: "type", header: t("columns.type"), enableSorting: true, cell: ({ row }) => te(`partnershipType.${row.original.type}`) },
    { id: "level", header: t("columns.level"), enableSorting: true, cell: ({ row }) => te(`partnershipLevel.${row.original.level}`) },
    {
      id: "status",
      header: t("columns.status"),
      enableSorting: true,
      cell: ({ row }) => (
        <span className="flex flex-wrap gap-1">
          {row.original.status ? (
            <StatusBadge status={row.original.status} label={te(`partnershipStatus.${row.original.status}`)} />
          ) : (
            <span className="text-slate-600">{t("list.notRecorded")}</span>
          )}
          {row.original.archived ? <span className="badge bg-slate-200 text-slate-800">{t("list.archivedBadge")}</span> : null}
        </span>
      ),
    },
    {
      id: "lastActivity",
      header: t("columns.lastActivity"),
      enableSorting: true,
      cell: ({ row }) =>
        row.original.lastActivity ? (
          <span className="whitespace-nowrap">{day(row.original.lastActivity)}</span>
        ) : (
          <span className="text-slate-600">{t("list.noActivity")}</span>
        ),
    },
    {
      id: "activities12m",
      header: t("columns.activities12m"),
      enableSorting: true,
      cell: ({ row }) => <span className="tabular-nums">{format.number(row.original.activities12m)}</span>,
    },
  ];
  return (
    <DataTable
      columns={serverSorted(columns)}
      rows={props.rows}
      total={props.total}
      params={props.params}
      defaultColumns={DEFAULT_PARTNERSHIP_COLUMNS}
      caption={t("list.caption")}
      emptyState={props.emptyState}
      getRowId={(row) => String(row.id)}
    />
  );
}
