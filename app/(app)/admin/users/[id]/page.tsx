import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { getUserForAdmin, listProvinceOptions } from "@/db/queries/users-admin";
import { AccountStatus } from "@/components/admin/account-status";
import { EditUserForm } from "@/components/admin/edit-user-form";
import { provinceOptions } from "@/components/admin/province-options";
import { PageHeader } from "@/components/ui/page-header";
import { assignableRoles, canManageUser, scopeContains, scopeFor } from "@/lib/auth/permissions";
import { requireCapability } from "@/lib/auth/session";
import { optionalInt } from "@/lib/validation/list-params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.users");
  return { title: t("title") };
}

export default async function EditUserPage({ params, searchParams }: PageProps<"/admin/users/[id]">) {
  const viewer = await requireCapability("users.manage");
  const id = optionalInt(1, 2_147_483_647).parse((await params).id);
  const user = id ? getUserForAdmin(getDb(), viewer, id) : undefined;
  if (!user) notFound();
  if (!canManageUser(viewer, user)) notFound();
  const query = await searchParams;
  const [t, locale] = await Promise.all([getTranslations("admin"), getLocale()]);
  const isSelf = user.id === viewer.id;
  const provinces = listProvinceOptions(getDb()).filter((p) =>
    scopeContains(scopeFor(viewer, "users.manage"), { kind: "province", provinceCode: p.code }),
  );
  const notice = query.created ? t("form.created") : query.saved ? t("form.saved") : null;
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/admin/users">{t("form.backToUsers")}</Link>
      </p>
      <PageHeader title={t("form.editTitle", { name: user.name })} description={t("form.editDescription")} />
      {notice ? (
        <p role="status" className="mb-4 max-w-2xl rounded-md border border-green-300 bg-green-50 p-3 text-sm text-green-900">
          {notice}
        </p>
      ) : null}
      <div className="grid grid-cols-1 gap-6 xl:grid-cols-[minmax(0,42rem)_minmax(0,24rem)]">
        <EditUserForm
          key={user.version}
          user={{ ...user, provinceCode: user.ownProvinceCode ?? "" }}
          roles={assignableRoles(viewer)}
          provinces={provinceOptions(provinces, locale)}
          isSelf={isSelf}
        />
        <AccountStatus id={user.id} version={user.version} name={user.name} active={user.active} isSelf={isSelf} />
      </div>
    </>
  );
}
