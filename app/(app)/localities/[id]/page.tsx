import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { listPartnerships } from "@/db/queries/partnerships-list";
import { getLocalityMapPairs } from "@/db/queries/statistics-map";
import { auditEntries } from "@/db/queries/partnerships-audit";
import { loadLocality } from "@/db/loaders/locality";
import { LocalityMap } from "@/components/map/locality-map";
import { HistoryList } from "@/components/partnerships/history-list";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/lib/auth/session";
import { today } from "@/lib/domain/clock";
import { PARTNERSHIP_STATUSES, type Locale } from "@/lib/domain/enums";
import { localityLevelLabel } from "@/lib/domain/locality-level";
import { localityLabel, localityName, localityNames } from "@/lib/domain/locality-name";
import { parseListParams } from "@/lib/validation/list-params";
import { partnershipListSchema } from "@/lib/validation/partnership-list";
import { FactsList } from "@/components/ui/facts-list";
import { loadWhoWorksWithPlace } from "@/db/loaders/who-works-with";
import { WhoWorksWithPlacePanel } from "@/components/sharing/who-works-with-place";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("localities");
  return { title: t("detail.title") };
}

export default async function LocalityPage({ params, searchParams }: PageProps<"/localities/[id]">) {
  const viewer = await requireCapability("records.read");
  const { l, canEdit, canMerge } = loadLocality(viewer, (await params).id);
  const query = await searchParams;
  const [t, te, locale, format] = await Promise.all([
    getTranslations("localities"),
    getTranslations("enums"),
    getLocale() as Promise<Locale>,
    getFormatter(),
  ]);
  const db = getDb();
  const zh = locale === "zh-CN";
  const list = listPartnerships(db, parseListParams(partnershipListSchema, { locality: String(l.id), pageSize: "100", archived: "1" }), {
    locale,
    today: today(),
  });
  const notice = query.merged ? t("notices.merged") : query.saved ? t("notices.saved") : null;
  const rows: [string, React.ReactNode][] = [
    ...(l.countryCode === "CN" ? [] : [[t("fields.nameZh"), l.nameZh ?? "—"] as [string, React.ReactNode]]),
    [t("fields.nameLocal"), l.nameLocal],
    [t("fields.nameRomanised"), l.nameRomanised],
    [t("fields.countryCode"), zh ? l.countryNameZh : l.countryNameEn],
    [
      l.countryCode === "CN" ? t("fields.provinceCode") : t("fields.stateName"),
      (l.countryCode === "CN" ? (zh ? l.provinceNameZh : l.provinceNameEn) : l.stateName) ?? "—",
    ],
    [t("fields.level"), te(localityLevelLabel(l.level, l.countryCode, l))],
    [
      t("detail.coordinates"),
      l.latitude !== null && l.longitude !== null
        ? t("detail.latLng", {
            lat: format.number(l.latitude, { maximumFractionDigits: 4 }),
            lng: format.number(l.longitude, { maximumFractionDigits: 4 }),
          })
        : t("detail.noCoordinates"),
    ],
  ];
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/localities">{t("detail.backToList")}</Link>
      </p>
      <PageHeader
        title={localityName(l, locale)}
        description={localityNames(l, locale).secondary.join(" · ") || undefined}
        actions={
          <>
            {canEdit ? (
              <Link href={`/localities/${l.id}/edit`} className="btn-primary">
                {t("detail.edit")}
              </Link>
            ) : null}
            {canMerge ? (
              <Link href={`/localities/${l.id}/merge`} className="btn-secondary">
                {t("detail.merge")}
              </Link>
            ) : null}
          </>
        }
      />
      {notice ? (
        <p role="status" className="mb-4 rounded-md border border-green-300 bg-green-50 p-3 text-sm text-green-900">
          {notice}
        </p>
      ) : null}
      {l.mergedInto ? (
        <p role="status" className="mb-4 rounded-md border border-slate-400 bg-slate-100 p-3 text-sm" data-testid="merged-notice">
          {t("detail.mergedInto")} <Link href={`/localities/${l.mergedInto.id}`}>{localityLabel(l.mergedInto, locale)}</Link>
        </p>
      ) : null}
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,24rem)_1fr]">
        <section aria-labelledby="locality-details" className="card p-5">
          <h2 id="locality-details" className="text-base">
            {t("detail.details")}
          </h2>
          <FactsList rows={rows} className="mt-3 grid grid-cols-[minmax(7rem,auto)_1fr] gap-x-4 gap-y-1.5 text-sm" />
          {l.notes ? <p className="mt-3 whitespace-pre-line text-sm text-slate-800">{l.notes}</p> : null}
        </section>
        <section aria-labelledby="locality-partnerships" className="card p-5">
          <h2 id="locality-partnerships" className="text-base">
            {t("detail.partnerships", { count: list.total })}
          </h2>
          {list.rows.length === 0 ? (
            <p className="mt-2 text-sm text-slate-700">{t("detail.noPartnerships")}</p>
          ) : (
            <ul className="mt-2 divide-y divide-slate-200 text-sm">
              {list.rows.map((p) => {
                const other = p.ours.id === l.id ? p.partner : p.ours;
                return (
                  <li key={p.id} className="flex flex-wrap items-baseline gap-x-3 py-1.5">
                    <Link href={`/partnerships/${p.id}`} className="font-medium">
                      {localityLabel(other, locale)}
                    </Link>
                    <span className="text-slate-600">{p.countryName}</span>
                    {p.signedOn ? <span className="text-slate-600">{p.signedOn.slice(0, 4)}</span> : null}
                    {p.archived ? <span className="badge bg-slate-200 text-slate-800">{t("detail.archived")}</span> : null}
                  </li>
                );
              })}
            </ul>
          )}
          <p className="mt-3 text-sm">
            <Link href={`/partnerships?locality=${l.id}`}>{t("detail.openInRegistry")}</Link>
          </p>
        </section>
      </div>
      {l.countryCode === "CN" ? null : <WhoWorksWithSection place={l} />}
      <LocalityMapSection localityId={l.id} />
      <section aria-labelledby="locality-history" className="mt-6">
        <h2 id="locality-history" className="mb-3">
          {t("detail.history")}
        </h2>
        <HistoryList entries={auditEntries(db, [{ entityType: "locality", ids: [l.id] }], 50)} />
      </section>
    </>
  );
}

/** A place abroad: which of our localities already work with it, its neighbours and its country (issue 13). */
async function WhoWorksWithSection({ place }: { place: Parameters<typeof loadWhoWorksWithPlace>[0] }) {
  const [t, locale] = await Promise.all([getTranslations("sharingWho"), getLocale()]);
  return <WhoWorksWithPlacePanel data={loadWhoWorksWithPlace(place)} title={t("place.section")} name={localityLabel(place, locale)} />;
}

/** The locality's partners on a small map (issue 10); nothing to draw, no map. */
async function LocalityMapSection({ localityId }: { localityId: number }) {
  const [t, te] = await Promise.all([getTranslations("map"), getTranslations("enums")]);
  const pairs = getLocalityMapPairs(getDb(), localityId);
  if (pairs.length === 0) return null;
  const statusLabels: Record<string, string> = { none: t("noStatus") };
  for (const s of PARTNERSHIP_STATUSES) statusLabels[s] = te(`partnershipStatus.${s}`);
  return (
    <section aria-labelledby="locality-map" className="card mt-6 p-5">
      <h2 id="locality-map" className="mb-3 text-base">
        {t("localityTitle")}
      </h2>
      <LocalityMap pairs={pairs} statusLabels={statusLabels} />
    </section>
  );
}
