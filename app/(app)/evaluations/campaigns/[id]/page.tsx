import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { CampaignActions } from "@/components/evaluations/campaign-actions";
import { EvaluationsNav } from "@/components/evaluations/evaluations-nav";
import { ProgressTable } from "@/components/evaluations/progress-table";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db/client";
import { loadCampaign, scopeSummary } from "@/db/loaders/campaign";
import { countCampaignTargets } from "@/db/queries/campaigns";
import { getCampaignProgress, listOverdueLocalities } from "@/db/queries/campaigns-progress";
import { can } from "@/lib/auth/permissions";
import { requireCapability } from "@/lib/auth/session";
import { today as clockToday } from "@/lib/domain/clock";
import { localityName } from "@/lib/domain/locality-name";
import { FactsList } from "@/components/ui/facts-list";
import { isoToDate } from "@/components/exchanges/labels";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("evaluations.campaigns");
  return { title: t("title") };
}

export default async function CampaignPage({ params, searchParams }: PageProps<"/evaluations/campaigns/[id]">) {
  const viewer = await requireCapability("evaluations.review");
  const saved = (await searchParams).saved === "1";
  const campaign = loadCampaign((await params).id);
  const db = getDb();
  const [t, tc, te, format, locale] = await Promise.all([
    getTranslations("evaluations"),
    getTranslations("evaluations.campaign"),
    getTranslations("enums.campaignState"),
    getFormatter(),
    getLocale(),
  ]);
  const tp = await getTranslations("campaignProgress");
  const zh = locale === "zh-CN";
  const date = (iso: string) => format.dateTime(isoToDate(iso), { dateStyle: "long" });
  const scope = scopeSummary(campaign, locale, { provinces: tc("allProvinces"), countries: tc("allCountries") });
  const today = clockToday();
  const progress = getCampaignProgress(db, viewer, campaign, today);
  const overdue = listOverdueLocalities(progress);
  const facts: [string, string][] = [
    [tc("year"), String(campaign.year)],
    [t("campaigns.state"), te(campaign.state)],
    [t("campaigns.dates"), `${date(campaign.opensOn)} – ${date(campaign.closesOn)}`],
    [tc("scopeProvinces"), scope.provinces],
    [tc("scopeCountries"), scope.countries],
  ];
  return (
    <>
      <PageHeader
        title={campaign.title}
        description={campaign.instructions ?? undefined}
        actions={
          <>
            {can(viewer, "campaigns.manage") && campaign.state !== "closed" ? (
              <Link href={`/evaluations/campaigns/${campaign.id}/edit`} className="btn-secondary">
                {tc("edit")}
              </Link>
            ) : null}
            {campaign.state !== "draft" ? (
              <Link href={`/evaluations/campaigns/${campaign.id}/results`} className="btn-secondary">
                {t("campaigns.results")}
              </Link>
            ) : null}
          </>
        }
      />
      {saved ? (
        <p role="status" className="mb-4 rounded-md border border-green-700 bg-green-50 p-3 text-sm text-green-900">
          {tc("saved")}
        </p>
      ) : null}
      <EvaluationsNav viewer={viewer} current="campaigns" />
      <section aria-labelledby="details-title" className="card mb-6 p-5">
        <h2 id="details-title" className="text-base">
          {tc("details")}
        </h2>
        <FactsList
          rows={facts}
          className="mt-3 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[12rem_1fr]"
          termClassName="font-medium text-slate-700"
        />
        {can(viewer, "campaigns.manage") ? (
          <div className="mt-4">
            <CampaignActions
              id={campaign.id}
              version={campaign.version}
              state={campaign.state}
              year={campaign.year}
              targets={campaign.state === "draft" ? countCampaignTargets(db, campaign) : 0}
            />
          </div>
        ) : null}
      </section>
      <section aria-labelledby="progress-title" className="mb-6">
        <h2 id="progress-title" className="mb-3">
          {t("progress.title")}
        </h2>
        <ProgressTable progress={progress} />
      </section>
      <section aria-labelledby="overdue-title">
        <h2 id="overdue-title" className="mb-2">
          {t("progress.overdueTitle")}
        </h2>
        {today <= campaign.closesOn ? (
          <p className="text-sm text-slate-700">{t("progress.overdueBefore", { date: date(campaign.closesOn) })}</p>
        ) : overdue.length === 0 ? (
          <p className="text-sm text-slate-700">{t("progress.overdueNone")}</p>
        ) : (
          <>
            {/* Collapsed when long: the bars above already give each province's overdue count. */}
            <details open={overdue.length <= 10} className="mb-3 text-sm">
              <summary className="cursor-pointer font-medium text-brand-700">{tp("overdueSummary", { n: overdue.length })}</summary>
              <ul className="mt-2 list-disc pl-5" data-testid="overdue-list">
                {overdue.map((l) => (
                  <li key={l.localityId}>
                    {`${zh ? l.provinceZh : l.provinceEn} · ${localityName({ nameLocal: l.localityName, nameRomanised: l.localityRomanised, nameZh: l.localityZh }, locale)}`}
                    : {l.overdue}
                  </li>
                ))}
              </ul>
            </details>
            <a href={`/evaluations/campaigns/${campaign.id}/overdue`} className="btn-secondary" download>
              {t("progress.export")}
            </a>
          </>
        )}
      </section>
    </>
  );
}
