import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { caseLinkOptions, loadCase } from "@/db/loaders/case";
import { listAttachments } from "@/db/queries/activities-attachments";
import { auditEntries } from "@/db/queries/partnerships-audit";
import { CaseBadges } from "@/components/cases/case-badges";
import { CaseHideControl } from "@/components/cases/case-hide-control";
import { CaseLinks } from "@/components/cases/case-links";
import { ownerOffice } from "@/components/cases/owner-office";
import { ArchiveToggle } from "@/components/exchanges/archive-toggle";
import { AttachmentsPanel } from "@/components/exchanges/attachments-panel";
import { ExchangeRecordActions } from "@/components/exchanges/exchange-record-actions";
import { dateRange, isoToDate } from "@/components/exchanges/labels";
import { HistoryList } from "@/components/partnerships/history-list";
import { FactsList } from "@/components/ui/facts-list";
import { MarkdownText } from "@/components/ui/markdown";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/lib/auth/session";
import { archiveCaseAction, featureCaseAction, restoreCaseAction, unfeatureCaseAction } from "../actions";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations("cases");
  return { title: `${t("detail.title")} ${(await params).id}` };
}

/** A case: what it is about, its text (Markdown, rendered safely), its links and files, and its history. */
export default async function CasePage({ params }: Props) {
  const c = loadCase(await requireCapability("records.read"), (await params).id);
  const [t, te, format, locale] = await Promise.all([getTranslations("cases"), getTranslations("enums"), getFormatter(), getLocale()]);
  const db = getDb();
  const day = (iso: string) => format.dateTime(isoToDate(iso), { dateStyle: "medium" });
  const featured = Boolean(c.featuredAt) && c.status === "published";
  return (
    <>
      <PageHeader
        title={c.title}
        description={ownerOffice(c, locale, t("owner.national"))}
        actions={
          <>
            {c.canEdit ? (
              <ExchangeRecordActions
                record={c}
                editHref={`/sharing/cases/${c.id}/edit`}
                labels={{ edit: t("edit"), archive: t("archive"), restore: t("restore") }}
                archiveAction={archiveCaseAction}
                restoreAction={restoreCaseAction}
              />
            ) : null}
            {c.canModerate && c.status === "published" && !c.hiddenAt && !c.archivedAt ? (
              <ArchiveToggle
                id={c.id}
                version={c.version}
                archived={featured}
                archiveAction={featureCaseAction}
                restoreAction={unfeatureCaseAction}
                archiveLabel={t("moderation.feature")}
                restoreLabel={t("moderation.unfeature")}
                quiet
              />
            ) : null}
            {c.canModerate && !c.archivedAt ? <CaseHideControl id={c.id} version={c.version} hidden={Boolean(c.hiddenAt)} /> : null}
          </>
        }
      />
      <div className="mb-4 flex flex-wrap items-center gap-2">
        <CaseBadges c={{ ...c, featured }} />
      </div>
      <div className="grid max-w-4xl gap-6">
        <section className="card p-5" aria-labelledby="case-facts-heading">
          <h2 id="case-facts-heading" className="sr-only">
            {t("detail.facts")}
          </h2>
          <FactsList
            className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2 text-sm"
            rows={(
              [
                [t("detail.owner"), ownerOffice(c, locale, t("owner.national"))],
                [t("fields.category"), te(`activityCategory.${c.category}`)],
                [t("fields.language"), t(`languages.${c.language}`)],
                [t("detail.dates"), c.startDate ? dateRange(day, c.startDate, c.endDate) : null],
                [t("detail.published"), c.publishedAt ? format.dateTime(c.publishedAt, { dateStyle: "medium" }) : null],
                [t("fields.tags"), c.tags.length ? c.tags.join(locale.startsWith("zh") ? "、" : ", ") : null],
              ] as const
            ).filter(([, v]) => v !== null)}
          />
          <p className="mt-4 whitespace-pre-line font-medium text-slate-900">{c.summary}</p>
        </section>
        <article className="card prose max-w-none p-5" aria-label={t("fields.body")} data-testid="case-body">
          <MarkdownText source={c.body} />
        </article>
        <CaseLinks links={caseLinkOptions(c, locale)} />
        <AttachmentsPanel ownerType="case" ownerId={c.id} files={listAttachments(db, "case", c.id)} canEdit={c.canEdit && !c.archivedAt} />
        <section aria-labelledby="case-history-heading">
          <h2 id="case-history-heading" className="mb-3">
            {t("detail.history")}
          </h2>
          <HistoryList entries={auditEntries(db, [{ entityType: "case", ids: [c.id] }], 50)} />
        </section>
      </div>
    </>
  );
}
