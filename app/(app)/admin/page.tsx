import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { canChangeSettings, hasCapability } from "@/lib/auth/permissions";
import { requireCapability } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.overview");
  return { title: t("title") };
}

export default async function AdminPage() {
  const viewer = await requireCapability("admin.access");
  const [t, tz, ts] = await Promise.all([
    getTranslations("admin.overview"),
    getTranslations("chineseNames"),
    getTranslations("reminders.settings"),
  ]);
  const links = [
    hasCapability(viewer, "users.manage") ? { href: "/admin/users", title: t("usersTitle"), body: t("usersBody") } : null,
    hasCapability(viewer, "audit.read") ? { href: "/admin/audit", title: t("auditTitle"), body: t("auditBody") } : null,
    hasCapability(viewer, "localities.edit") ? { href: "/admin/chinese-names", title: tz("title"), body: tz("overviewBody") } : null,
    canChangeSettings(viewer) ? { href: "/admin/settings", title: ts("title"), body: ts("overviewBody") } : null,
  ].filter((l) => l !== null);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <ul className="grid max-w-4xl grid-cols-1 gap-4 md:grid-cols-2">
        {links.map((link) => (
          <li key={link.href} className="card p-5">
            <h2>
              <Link href={link.href}>{link.title}</Link>
            </h2>
            <p className="mt-2 text-sm text-slate-700">{link.body}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
