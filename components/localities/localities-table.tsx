"use client";

import Link from "next/link";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import type { ColumnDef } from "@tanstack/react-table";
import { DataTable, type TableParams } from "@/components/data-table/data-table";
import { serverSorted } from "@/components/data-table/server-sorted";
import type { LocalityRow } from "@/db/queries/localities";
import { LocalityName } from "./locality-name";
import { localityLevelLabel } from "@/lib/domain/locality-level";
import { localityName } from "@/lib/domain/locality-name";
import { DEFAULT_LOCALITY_COLUMNS } from "@/lib/validation/locality-list";

type Props = { rows: LocalityRow[]; total: number; params: TableParams; emptyState: React.ReactNode };

/** The locality directory's table. */
export function LocalitiesTable(props: Props) {
  const t = useTranslations("localities");
  const te = useTranslations("enums");
  const format = useFormatter();
  const locale = useLocale();
  const columns: ColumnDef<LocalityRow>[] = [
    {
      id: "name",
      header: t("columns.name"),
      enableSorting: true,
      cell: ({ row }) => (
        <Link href={`/localities/${row.original.id}`} className="font-medium">
          <LocalityName place={row.original} locale={locale} />
        </Link>
      ),
    },
    { id: "romanised", header: t("columns.romanised"), enableSorting: true, cell: ({ row }) => row.original.nameRomanised },
    { id: "country", header: t("columns.country"), enableSorting: true, cell: ({ row }) => row.original.countryName },
    {
      id: "state",
      header: t("columns.state"),
      enableSorting: true,
      cell: ({ row }) => row.original.provinceName ?? row.original.stateName ?? "—",
    },
    {
      id: "level",
      header: t("columns.level"),
      enableSorting: true,
      cell: ({ row }) => te(localityLevelLabel(row.original.level, row.original.countryCode, row.original)),
    },
    {
      id: "partnerships",
      header: t("columns.partnerships"),
      enableSorting: true,
      cell: ({ row }) => (
        <Link
          href={`/partnerships?locality=${row.original.id}`}
          className="tabular-nums"
          aria-label={t("partnershipsOf", { name: localityName(row.original, locale), count: row.original.partnerships })}
        >
          {format.number(row.original.partnerships)}
        </Link>
      ),
    },
  ];
  return (
    <DataTable
      columns={serverSorted(columns)}
      {...props}
      defaultColumns={DEFAULT_LOCALITY_COLUMNS}
      caption={t("list.caption")}
      getRowId={(r) => String(r.id)}
    />
  );
}
