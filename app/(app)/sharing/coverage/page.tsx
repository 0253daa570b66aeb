import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import {
  countriesCoverageOfProvince,
  coverageChoices,
  provincesCoverageOfCountry,
  topPartnerCountries,
} from "@/db/queries/sharing-coverage";
import { CountryCoverage } from "@/components/sharing/country-coverage";
import { CoverageForms } from "@/components/sharing/coverage-forms";
import { ProvinceCoverage } from "@/components/sharing/province-coverage";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/lib/auth/session";
import { firstValues } from "@/lib/validation/list-params";
import { coverageSchema } from "@/lib/validation/sharing-who";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("sharingWho.coverage");
  return { title: t("title") };
}

/** Coverage (issue 13): for a country, every province's partnerships there; for a province, its partner countries. */
export default async function CoveragePage({ searchParams }: PageProps<"/sharing/coverage">) {
  await requireCapability("records.read");
  const params = coverageSchema.parse(firstValues(await searchParams));
  const [t, locale] = await Promise.all([getTranslations("sharingWho.coverage"), getLocale()]);
  const zh = locale === "zh-CN";
  const db = getDb();
  const choices = coverageChoices(db);
  const country = choices.countries.find((c) => c.code === params.country);
  const province = choices.provinces.find((p) => p.code === params.province);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <CoverageForms choices={choices} country={country?.code} province={province?.code} />
      <div className="grid gap-6">
        {country ? (
          <CountryCoverage
            country={country.code}
            name={zh ? country.nameZh : country.nameEn}
            rows={provincesCoverageOfCountry(db, country.code)}
          />
        ) : null}
        {province ? (
          <ProvinceCoverage
            province={province.code}
            name={zh ? province.nameZh : province.nameEn}
            rows={countriesCoverageOfProvince(db, province.code)}
            top={topPartnerCountries(db)}
          />
        ) : null}
      </div>
    </>
  );
}
