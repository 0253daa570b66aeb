import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { listProvinceOptions, listUsers } from "@/db/queries/users-admin";
import { provinceOptions, scopeLabel } from "@/components/admin/province-options";
import { UserFilters } from "@/components/admin/user-filters";
import { UsersTable } from "@/components/admin/users-table";
import { PageHeader } from "@/components/ui/page-header";
import { canManageUser, isNationalScope } from "@/lib/auth/permissions";
import { requireCapability } from "@/lib/auth/session";
import { parseListParams } from "@/lib/validation/list-params";
import { userListSchema } from "@/lib/validation/user-lists";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.users");
  return { title: t("title") };
}

export default async function UsersPage({ searchParams }: PageProps<"/admin/users">) {
  const viewer = await requireCapability("users.manage");
  const params = parseListParams(userListSchema, await searchParams);
  const [t, locale] = await Promise.all([getTranslations("admin.users"), getLocale()]);
  const db = getDb();
  const provinces = listProvinceOptions(db);
  const { rows, total } = listUsers(db, viewer, params);
  const national = isNationalScope(viewer);
  const tableRows = rows.map((row) => ({
    ...row,
    lastSignInAt: row.lastSignInAt ? row.lastSignInAt.toISOString() : null,
    scopeLabel: scopeLabel(row, provinces, locale),
    editable: canManageUser(viewer, row),
  }));
  return (
    <>
      <PageHeader
        title={t("title")}
        description={national ? t("description") : t("descriptionProvince")}
        actions={
          <Link href="/admin/users/new" className="btn-primary">
            {t("newUser")}
          </Link>
        }
      />
      <UserFilters provinces={national ? provinceOptions(provinces, locale) : null} />
      <UsersTable rows={tableRows} total={total} params={params} />
    </>
  );
}
