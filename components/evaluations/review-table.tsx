"use client";

import { useFormatter, useLocale, useTranslations } from "next-intl";
import type { ColumnDef } from "@tanstack/react-table";
import { DataTable } from "@/components/data-table/data-table";
import type { DisagreementFlag } from "@/lib/domain/evaluation-flags";
import type { EvaluationListParams } from "@/lib/validation/evaluation-list";
import type { EvaluationTableRow } from "./evaluation-table";
import { countryColumn, partnershipColumn } from "./evaluation-columns";
import { localityName } from "./names";

export type ReviewTableRow = EvaluationTableRow & { submittedAt: string | null; indexTotal: number; flags: DisagreementFlag[] };

/** Submitted evaluations with the index and the warnings a reviewer should read first. */
export function ReviewTable({ rows, total, params }: { rows: ReviewTableRow[]; total: number; params: EvaluationListParams }) {
  const t = useTranslations("evaluations");
  const te = useTranslations("enums");
  const locale = useLocale();
  const format = useFormatter();
  const columns: ColumnDef<ReviewTableRow>[] = [
    partnershipColumn(t("columns.partnership"), locale, (r) => `/evaluations/${r.id}/review`),
    {
      id: "locality",
      header: t("columns.locality"),
      enableSorting: true,
      cell: ({ row: { original: r } }) => localityName(locale, { nameLocal: r.ourName, nameRomanised: r.ourRomanised, nameZh: r.ourZh }),
    },
    countryColumn(t("columns.country"), locale),
    { id: "campaign", header: t("columns.campaign"), cell: ({ row: { original: r } }) => r.year },
    {
      id: "status",
      header: t("columns.status"),
      cell: ({ row: { original: r } }) => (r.status ? te(`partnershipStatus.${r.status}`) : "—"),
    },
    { id: "index", header: t("columns.index"), cell: ({ row: { original: r } }) => <span className="tabular-nums">{r.indexTotal}</span> },
    {
      id: "flags",
      header: t("columns.flags"),
      cell: ({ row: { original: r } }) =>
        r.flags.length ? (
          <ul className="space-y-1">
            {r.flags.map((flag) => (
              <li key={flag}>
                <span className="badge bg-amber-100 text-amber-950">⚠ {t(`flags.short.${flag}`)}</span>
              </li>
            ))}
          </ul>
        ) : (
          "—"
        ),
    },
    {
      id: "updated",
      header: t("columns.submitted"),
      enableSorting: true,
      cell: ({ row: { original: r } }) => (r.submittedAt ? format.dateTime(new Date(r.submittedAt), { dateStyle: "medium" }) : "—"),
    },
  ];
  return (
    <DataTable
      columns={columns}
      rows={rows}
      total={total}
      params={params}
      caption={t("review.caption")}
      emptyState={t("review.empty")}
      getRowId={(row) => String(row.id)}
    />
  );
}
