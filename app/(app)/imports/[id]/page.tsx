import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { canManageImport } from "@/db/imports/drafts";
import { draftTable } from "@/db/imports/run";
import { undoBlockers } from "@/db/imports/undo";
import { importDetail, placeChoices } from "@/db/queries/imports";
import { CommitPanel } from "@/components/imports/commit-panel";
import { DiscardDraft } from "@/components/imports/discard-draft";
import { PreviewRows } from "@/components/imports/preview-rows";
import { ReadAndMap } from "@/components/imports/read-and-map";
import { UndoPanel } from "@/components/imports/undo-panel";
import { ImportStateBadge } from "@/components/imports/import-state-badge";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/lib/auth/session";
import { AppError } from "@/lib/errors/app-error";
import { IMPORT_FIELDS } from "@/lib/import/fields";
import { importIdSchema } from "@/lib/validation/import";
import { IMPORT_ENCODINGS } from "@/lib/import/read/detect-encoding";
import { tableInfoOf } from "@/lib/import/table-info";
import { ROW_OUTCOMES, type RowOutcome } from "@/lib/import/types";
import { mappingChoices } from "./choices";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations("imports");
  return { title: `${t("title")} #${(await params).id}` };
}

/** One import: a draft's reading, mapping, preview and commit; a written one's summary, rows and undo. */
export default async function ImportPage({ params, searchParams }: Props) {
  const viewer = await requireCapability("records.edit");
  const id = importIdSchema.safeParse((await params).id);
  if (!id.success) notFound();
  const db = getDb();
  const detail = importDetail(db, id.data);
  if (!detail) notFound();
  if (!canManageImport(db, viewer, detail) || (detail.state === "draft" && detail.createdBy !== viewer.id)) redirect("/forbidden");
  const query = await searchParams;
  const outcome = ROW_OUTCOMES.includes(query.outcome as RowOutcome) ? (query.outcome as RowOutcome) : null;
  const page = Math.max(1, Math.min(10_000, Number.parseInt(String(query.page ?? "1"), 10) || 1));
  const [t, te, tc, tRoot, format, locale] = await Promise.all([
    getTranslations("imports"),
    getTranslations("enums"),
    getTranslations("common"),
    getTranslations(),
    getFormatter(),
    getLocale(),
  ]);
  const fields = IMPORT_FIELDS[detail.kind];
  const title = `${t(`kinds.${detail.kind}`)} · ${detail.fileName}`;

  if (detail.state !== "draft") {
    const blockers = detail.state === "committed" ? undoBlockers(db, detail.id) : [];
    return (
      <>
        <PageHeader
          title={title}
          description={t("done.summary", {
            who: detail.creatorName ?? "—",
            file: detail.fileName,
            when: format.dateTime(detail.committedAt ?? detail.createdAt, { dateStyle: "medium", timeStyle: "short" }),
          })}
        />
        <p className="mb-4 flex flex-wrap items-center gap-3 text-sm">
          <ImportStateBadge state={detail.state} label={t(`states.${detail.state}`)} />
          {detail.undoneAt
            ? t("done.undoneSummary", {
                who: detail.undoerName ?? "—",
                when: format.dateTime(detail.undoneAt, { dateStyle: "medium", timeStyle: "short" }),
              })
            : null}
          <Link href="/imports">{t("history.title")}</Link>
        </p>
        {detail.state === "committed" ? (
          <section aria-labelledby="undo-title" className="card mb-6 p-5">
            <h2 id="undo-title" className="mb-2 text-base">
              {t("done.undo")}
            </h2>
            {blockers.length === 0 ? (
              <UndoPanel id={detail.id} version={detail.version} />
            ) : (
              <div>
                <p className="text-sm text-slate-800" role="note">
                  {t("done.blocked", { count: blockers.length })}
                </p>
                <ul className="mt-2 list-disc pl-5 text-sm" data-testid="undo-blockers">
                  {blockers.slice(0, 20).map((b) => (
                    <li key={`${b.entityType}-${b.entityId}`}>
                      {t(`entities.${b.entityType}`)} #{b.entityId}:{" "}
                      {b.reason === "edited" ? t("done.blockerEdited") : t("done.blockerInUse")}
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </section>
        ) : null}
        {detail.preview ? (
          <section id="preview" aria-labelledby="rows-title" className="card p-5">
            <h2 id="rows-title" className="mb-2 text-base">
              {t("preview.writtenTitle")}
            </h2>
            <PreviewRows id={detail.id} preview={detail.preview} outcome={outcome} page={page} written />
          </section>
        ) : null}
      </>
    );
  }

  let table = detail.tableInfo;
  if (!table) {
    try {
      table = tableInfoOf(await draftTable(db, detail.id));
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      return (
        <>
          <PageHeader title={title} />
          <p role="alert" className="field-error">
            {tRoot(`errors.${error.code}`)}
          </p>
        </>
      );
    }
  }
  const preview = detail.preview;
  return (
    <>
      <PageHeader title={title} description={t("description")} />
      <ReadAndMap
        id={detail.id}
        version={detail.version}
        format={table.format}
        sheets={table.sheets}
        encodings={[...new Set([...(table.encoding ? [table.encoding] : []), ...IMPORT_ENCODINGS])]}
        options={{
          ...detail.options,
          encoding: table.encoding ?? undefined,
          delimiter: table.delimiter ?? undefined,
          sheet: table.sheet ?? undefined,
          headerRow: table.headerRow,
        }}
        rowCount={table.rowCount}
        headers={table.headers}
        samples={table.samples}
        fields={fields.map((f) => ({ key: f.key, label: t(`fields.${f.key}`), required: Boolean(f.required) }))}
        mapping={detail.mapping}
        valueMap={detail.valueMap}
        unrecognised={preview?.unrecognised ?? []}
        choices={mappingChoices(
          fields,
          placeChoices(db),
          locale === "zh-CN",
          (k) => te(k),
          (k) => tc(k),
        )}
      />
      <section id="preview" aria-labelledby="preview-title" className="card mt-6 p-5">
        <h2 id="preview-title" className="mb-2 text-base">
          {t("preview.title")}
        </h2>
        {preview ? (
          <PreviewRows id={detail.id} preview={preview} outcome={outcome} page={page} />
        ) : (
          <p className="text-sm text-slate-700">{t("preview.stale")}</p>
        )}
      </section>
      {preview ? (
        <section aria-labelledby="commit-title" className="card mt-6 p-5">
          <h2 id="commit-title" className="mb-2 text-base">
            {t("commit.title")}
          </h2>
          <CommitPanel id={detail.id} version={detail.version} counts={preview.counts} />
        </section>
      ) : null}
      <DiscardDraft id={detail.id} version={detail.version} />
    </>
  );
}
