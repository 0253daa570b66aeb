"use client";

import Link from "next/link";
import type { ColumnDef } from "@tanstack/react-table";
import { useLocale, useTranslations } from "next-intl";
import type { ContactDirectoryRow } from "@/db/queries/contacts-directory";
import { DataTable } from "@/components/data-table/data-table";
import { localityName } from "@/lib/domain/locality-name";
import type { ContactListParams } from "@/lib/validation/contact-list";

export const CONTACT_DEFAULT_COLUMNS = ["name", "office", "side", "partnership", "email", "phone", "participation"];

export function ContactTable({ rows, total, params }: { rows: ContactDirectoryRow[]; total: number; params: ContactListParams }) {
  const t = useTranslations("contacts");
  const te = useTranslations("enums");
  const locale = useLocale();
  const columns: ColumnDef<ContactDirectoryRow>[] = [
    {
      id: "name",
      header: t("columns.name"),
      enableSorting: true,
      cell: ({ row }) => (
        <Link href={`/contacts/${row.original.id}`} className="font-medium">
          {row.original.personName ?? t("personalHidden")}
        </Link>
      ),
    },
    { id: "office", header: t("columns.office"), enableSorting: true, cell: ({ row }) => row.original.office ?? "—" },
    { id: "role", header: t("columns.role"), cell: ({ row }) => row.original.role ?? "—" },
    { id: "side", header: t("columns.side"), enableSorting: true, cell: ({ row }) => te(`contactSide.${row.original.side}`) },
    {
      id: "partnership",
      header: t("columns.partnership"),
      enableSorting: true,
      cell: ({ row }) => {
        const r = row.original;
        const partner = localityName({ nameLocal: r.partnerName, nameZh: r.partnerZh, nameRomanised: r.partnerRomanised }, locale);
        return (
          <Link href={`/partnerships/${r.partnershipId}`}>
            {localityName({ nameLocal: r.oursName, nameZh: r.oursZh, nameRomanised: r.oursRomanised }, locale)} – {partner}
          </Link>
        );
      },
    },
    {
      id: "email",
      header: t("columns.email"),
      cell: ({ row }) =>
        row.original.email ? (
          <a href={`mailto:${row.original.email}`} className="break-all">
            {row.original.email}
          </a>
        ) : (
          "—"
        ),
    },
    {
      id: "phone",
      header: t("columns.phone"),
      cell: ({ row }) =>
        row.original.phone ? (
          <a href={`tel:${row.original.phone.replace(/[^\d+]/g, "")}`} className="whitespace-nowrap">
            {row.original.phone}
          </a>
        ) : (
          "—"
        ),
    },
    { id: "languages", header: t("columns.languages"), cell: ({ row }) => row.original.languages ?? "—" },
    {
      id: "participation",
      header: t("columns.participation"),
      cell: ({ row }) => t("participation", { activities: row.original.activities, delegations: row.original.delegations }),
    },
  ];
  return (
    <DataTable
      columns={columns}
      rows={rows}
      total={total}
      params={params}
      defaultColumns={CONTACT_DEFAULT_COLUMNS}
      caption={t("caption")}
      emptyState={params.q ? t("noMatch", { q: params.q }) : t("empty")}
      getRowId={(r) => String(r.id)}
    />
  );
}
