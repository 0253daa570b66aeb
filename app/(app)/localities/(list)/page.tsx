import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { listLocalities } from "@/db/queries/localities";
import { countryChoices, provinceChoices } from "@/db/queries/localities-options";
import { LocalitiesTable } from "@/components/localities/localities-table";
import { LocalityFilters } from "@/components/localities/locality-filters";
import { SaveViewButton } from "@/components/saved-views/save-view-button";
import { PageHeader } from "@/components/ui/page-header";
import { hasCapability } from "@/lib/auth/permissions";
import { requireCapability } from "@/lib/auth/session";
import type { Locale } from "@/lib/domain/enums";
import { parseListParams } from "@/lib/validation/list-params";
import { localityListSchema } from "@/lib/validation/locality-list";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("localities");
  return { title: t("title") };
}

export default async function LocalitiesPage({ searchParams }: PageProps<"/localities">) {
  const viewer = await requireCapability("records.read");
  const params = parseListParams(localityListSchema, await searchParams);
  const [t, locale] = await Promise.all([getTranslations("localities"), getLocale() as Promise<Locale>]);
  const db = getDb();
  const { rows, total, page } = listLocalities(db, params, locale);
  const filtered = Boolean(params.q || params.country || params.province || params.level || params.side);
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          hasCapability(viewer, "localities.edit") ? (
            <Link href="/localities/new" className="btn-primary">
              {t("new")}
            </Link>
          ) : null
        }
      />
      {/* The directory is national reference data: no "my city" switch, but views can be saved. */}
      <div className="mb-4 flex justify-end">
        <SaveViewButton viewer={viewer} list="localities" />
      </div>
      <LocalityFilters countries={countryChoices(db, locale)} provinces={provinceChoices(db, locale)} />
      <LocalitiesTable
        rows={rows}
        total={total}
        params={{ ...params, page }}
        emptyState={<p>{filtered ? t("list.emptyFiltered") : t("list.emptyAll")}</p>}
      />
    </>
  );
}
