"use client";

import { useFormatter, useLocale, useTranslations } from "next-intl";
import type { ColumnDef } from "@tanstack/react-table";
import { DataTable } from "@/components/data-table/data-table";
import type { EvaluationListRow } from "@/db/queries/evaluations";
import { isOverdue } from "@/lib/domain/evaluation-state";
import type { EvaluationListParams } from "@/lib/validation/evaluation-list";
import { countryColumn, partnershipColumn } from "./evaluation-columns";
import { OverdueBadge, StateBadge } from "./state-badge";
import { isoToDate } from "@/components/exchanges/labels";

export type EvaluationTableRow = Omit<EvaluationListRow, "updatedAt" | "submittedAt"> & { updatedAt: string };

/** "My evaluations": what is pending for the viewer's locality, with the deadline. */
export function EvaluationTable({
  rows,
  total,
  params,
  today,
  emptyState,
}: {
  rows: EvaluationTableRow[];
  total: number;
  params: EvaluationListParams;
  today: string;
  emptyState?: React.ReactNode;
}) {
  const t = useTranslations("evaluations");
  const locale = useLocale();
  const format = useFormatter();
  const date = (iso: string) => format.dateTime(isoToDate(iso), { dateStyle: "medium" });
  const columns: ColumnDef<EvaluationTableRow>[] = [
    partnershipColumn(t("columns.partnership"), locale, (r) => `/evaluations/${r.id}`),
    countryColumn(t("columns.country"), locale),
    { id: "campaign", header: t("columns.campaign"), cell: ({ row: { original: r } }) => `${r.year} · ${r.campaignTitle}` },
    {
      id: "deadline",
      header: t("columns.deadline"),
      enableSorting: true,
      cell: ({ row: { original: r } }) => (
        <span className="whitespace-nowrap">
          {date(r.closesOn)}
          {isOverdue(r.state, r.closesOn, today) ? <OverdueBadge label={t("overdue")} /> : null}
        </span>
      ),
    },
    { id: "state", header: t("columns.state"), enableSorting: true, cell: ({ row: { original: r } }) => <StateBadge state={r.state} /> },
    {
      id: "updated",
      header: t("columns.updated"),
      enableSorting: true,
      cell: ({ row: { original: r } }) => format.dateTime(new Date(r.updatedAt), { dateStyle: "medium" }),
    },
  ];
  return (
    <DataTable
      columns={columns}
      rows={rows}
      total={total}
      params={params}
      caption={t("mine.caption")}
      emptyState={emptyState ?? t("mine.empty")}
      getRowId={(row) => String(row.id)}
    />
  );
}
