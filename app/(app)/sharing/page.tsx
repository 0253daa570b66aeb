import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { loadCountry, loadState, loadWhoWorksWithPlace } from "@/db/loaders/who-works-with";
import { foreignPlace, searchWhoWorksWith } from "@/db/queries/sharing-who";
import { CountryPartners } from "@/components/sharing/country-partners";
import { WhoSearchForm } from "@/components/sharing/who-search-form";
import { WhoSearchResults } from "@/components/sharing/who-search-results";
import { WhoPartnershipsTable } from "@/components/sharing/who-partnerships-table";
import { WhoWorksWithPlacePanel } from "@/components/sharing/who-works-with-place";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/lib/auth/session";
import { localityLabel } from "@/lib/domain/locality-name";
import { firstValues } from "@/lib/validation/list-params";
import { whoWorksWithSchema } from "@/lib/validation/sharing-who";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("sharingWho");
  return { title: t("title") };
}

/** Who already works with a place abroad, its prefecture or its country (issue 13): a search, then the chosen answer. */
export default async function WhoWorksWithPage({ searchParams }: PageProps<"/sharing">) {
  await requireCapability("records.read");
  const params = whoWorksWithSchema.parse(firstValues(await searchParams));
  const [t, locale] = await Promise.all([getTranslations("sharingWho"), getLocale()]);
  const db = getDb();
  const place = params.locality ? foreignPlace(db, params.locality) : undefined;
  const results = params.q ? searchWhoWorksWith(db, params.q) : null;
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <WhoSearchForm q={params.q ?? ""} />
      {results ? <WhoSearchResults q={params.q ?? ""} results={results} /> : null}
      {place ? (
        <>
          <p className="mt-6 text-sm">
            <Link href={`/localities/${place.id}`}>{t("place.openLocality", { name: localityLabel(place, locale) })}</Link>
          </p>
          <WhoWorksWithPlacePanel
            data={loadWhoWorksWithPlace(place)}
            title={t("place.title", { name: localityLabel(place, locale) })}
            name={localityLabel(place, locale)}
          />
        </>
      ) : params.country && params.state ? (
        <section aria-labelledby="who-state" className="card mt-6 p-5">
          <h2 id="who-state" className="text-base">
            {t("place.state", { state: params.state })}
          </h2>
          <StateAnswer countryCode={params.country} stateName={params.state} />
          <CountryPartners country={loadCountry(params.country)} headingLevel={3} />
        </section>
      ) : params.country ? (
        <section className="card mt-6 p-5">
          <CountryPartners country={loadCountry(params.country)} headingLevel={2} />
        </section>
      ) : null}
    </>
  );
}

async function StateAnswer({ countryCode, stateName }: { countryCode: string; stateName: string }) {
  const t = await getTranslations("sharingWho");
  const rows = loadState(countryCode, stateName);
  if (rows.length === 0) return <p className="mt-1 text-sm text-slate-700">{t("place.noState")}</p>;
  return <WhoPartnershipsTable caption={t("place.state", { state: stateName })} rows={rows} showPartner />;
}
