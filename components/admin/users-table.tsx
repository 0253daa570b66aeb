"use client";

import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import type { ColumnDef } from "@tanstack/react-table";
import { DataTable } from "@/components/data-table/data-table";
import type { AdminUserRow } from "@/db/queries/users-admin";
import type { UserListParams } from "@/lib/validation/user-lists";

export type UserTableRow = Omit<AdminUserRow, "lastSignInAt"> & {
  lastSignInAt: string | null;
  scopeLabel: string | null;
  editable: boolean;
};

export function UsersTable({ rows, total, params }: { rows: UserTableRow[]; total: number; params: UserListParams }) {
  const t = useTranslations("admin.users");
  const te = useTranslations("enums");
  const format = useFormatter();
  const columns: ColumnDef<UserTableRow>[] = [
    {
      id: "name",
      header: t("colName"),
      enableSorting: true,
      cell: ({ row }) =>
        row.original.editable ? (
          <Link href={`/admin/users/${row.original.id}`} className="font-medium" aria-label={t("editUser", { name: row.original.name })}>
            {row.original.name}
          </Link>
        ) : (
          <span className="font-medium">{row.original.name}</span>
        ),
    },
    { id: "email", header: t("colEmail"), enableSorting: true, cell: ({ row }) => row.original.email },
    { id: "role", header: t("colRole"), enableSorting: true, cell: ({ row }) => te(`role.${row.original.role}`) },
    { id: "scope", header: t("colScope"), enableSorting: false, cell: ({ row }) => row.original.scopeLabel ?? t("nationwide") },
    {
      id: "status",
      header: t("colStatus"),
      enableSorting: false,
      cell: ({ row }) =>
        row.original.active ? (
          <span className="badge bg-green-100 text-green-900">{t("statusActive")}</span>
        ) : (
          <span className="badge bg-slate-200 text-slate-800">{t("statusInactive")}</span>
        ),
    },
    {
      id: "lastSignInAt",
      header: t("colLastSignIn"),
      enableSorting: true,
      cell: ({ row }) =>
        row.original.lastSignInAt
          ? format.dateTime(new Date(row.original.lastSignInAt), { dateStyle: "medium", timeStyle: "short" })
          : t("never"),
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
      getRowId={(row) => String(row.id)}
    />
  );
}
