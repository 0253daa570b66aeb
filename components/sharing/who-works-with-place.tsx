import { getTranslations } from "next-intl/server";
import type { WhoWorksWithPlace } from "@/db/loaders/who-works-with";
import { CountryPartners } from "./country-partners";
import { WhoPartnershipsTable } from "./who-partnerships-table";

/**
 * "Who already works with it" for a foreign locality (the sharing platform's panel and the locality's page): our
 * partnerships with it, with the other places of its prefecture or state, with its nearest neighbours, and our
 * localities partnered with its country. Offices and roles only: whom to ask, never a person's details.
 */
export async function WhoWorksWithPlacePanel({ data, title, name }: { data: WhoWorksWithPlace; title: string; name: string }) {
  const t = await getTranslations("sharingWho");
  const { place, direct, state, nearby, country } = data;
  return (
    <section aria-labelledby="who-works-with" className="card mt-6 p-5" data-testid="who-works-with">
      <h2 id="who-works-with" className="text-base">
        {title}
      </h2>
      <p className="mt-1 text-sm text-slate-700">{t("privacy")}</p>
      <h3 className="mt-4 text-sm font-semibold">{t("place.direct", { name })}</h3>
      {direct.length === 0 ? (
        <p className="mt-1 text-sm text-slate-700">{t("place.noDirect")}</p>
      ) : (
        <WhoPartnershipsTable caption={t("place.direct", { name })} rows={direct} />
      )}
      {place.stateName ? (
        <>
          <h3 className="mt-5 text-sm font-semibold">{t("place.state", { state: place.stateName })}</h3>
          {state.length === 0 ? (
            <p className="mt-1 text-sm text-slate-700">{t("place.noState")}</p>
          ) : (
            <WhoPartnershipsTable caption={t("place.state", { state: place.stateName })} rows={state} showPartner />
          )}
        </>
      ) : null}
      <h3 className="mt-5 text-sm font-semibold">{t("place.nearby")}</h3>
      {place.latitude === null || place.longitude === null ? (
        <p className="mt-1 text-sm text-slate-700">{t("place.noCoordinates")}</p>
      ) : nearby.length === 0 ? (
        <p className="mt-1 text-sm text-slate-700">{t("place.noNearby")}</p>
      ) : (
        <WhoPartnershipsTable caption={t("place.nearby")} rows={nearby} showPartner />
      )}
      <CountryPartners country={country} headingLevel={3} />
    </section>
  );
}
