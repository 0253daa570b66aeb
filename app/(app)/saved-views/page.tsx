import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { visibleSavedViews } from "@/db/queries/saved-views";
import { OwnViews } from "@/components/saved-views/own-views";
import { PageHeader } from "@/components/ui/page-header";
import { savedViewOffice } from "@/lib/auth/permissions";
import { requireCapability } from "@/lib/auth/session";

const SHARE_KEY = { locality: "save.shareLocality", province: "save.shareProvince", nation: "save.shareNation" } as const;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("views");
  return { title: t("manage.title") };
}

/** One's saved views (rename, share, archive) and those one's office shares. */
export default async function SavedViewsPage() {
  const viewer = await requireCapability("records.read");
  const t = await getTranslations("views");
  const views = visibleSavedViews(getDb(), viewer);
  const office = savedViewOffice(viewer);
  const others = views.filter((v) => !v.own);
  return (
    <>
      <PageHeader title={t("manage.title")} description={t("manage.description")} />
      <section aria-labelledby="own-views-title" className="card mb-6 p-5">
        <h2 id="own-views-title" className="mb-2 text-base">
          {t("manage.own")}
        </h2>
        <OwnViews views={views.filter((v) => v.own)} shareLabel={office.kind === "none" ? null : t(SHARE_KEY[office.kind])} />
      </section>
      {office.kind === "none" ? null : (
        <section aria-labelledby="office-views-title" className="card p-5">
          <h2 id="office-views-title" className="mb-2 text-base">
            {t("manage.office")}
          </h2>
          {others.length === 0 ? (
            <p className="text-sm text-slate-700">{t("manage.noneOffice")}</p>
          ) : (
            <table className="table-base" data-testid="office-views">
              <thead>
                <tr>
                  <th scope="col">{t("manage.name")}</th>
                  <th scope="col">{t("manage.list")}</th>
                  <th scope="col">{t("manage.owner")}</th>
                </tr>
              </thead>
              <tbody>
                {others.map((v) => (
                  <tr key={v.id}>
                    <td>
                      <Link href={v.href}>{v.name}</Link>
                    </td>
                    <td>{t(`lists.${v.list}`)}</td>
                    <td>{v.ownerName}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      )}
    </>
  );
}
