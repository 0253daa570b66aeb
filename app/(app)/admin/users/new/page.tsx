import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { listProvinceOptions } from "@/db/queries/users-admin";
import { CreateUserForm } from "@/components/admin/create-user-form";
import { provinceOptions } from "@/components/admin/province-options";
import { PageHeader } from "@/components/ui/page-header";
import { assignableRoles, scopeContains, scopeFor } from "@/lib/auth/permissions";
import { requireCapability } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.form");
  return { title: t("createTitle") };
}

export default async function NewUserPage() {
  const viewer = await requireCapability("users.manage");
  const [t, locale] = await Promise.all([getTranslations("admin.form"), getLocale()]);
  const provinces = listProvinceOptions(getDb()).filter((p) =>
    scopeContains(scopeFor(viewer, "users.manage"), { kind: "province", provinceCode: p.code }),
  );
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/admin/users">{t("backToUsers")}</Link>
      </p>
      <PageHeader title={t("createTitle")} description={t("createDescription")} />
      <CreateUserForm roles={assignableRoles(viewer)} provinces={provinceOptions(provinces, locale)} />
    </>
  );
}
