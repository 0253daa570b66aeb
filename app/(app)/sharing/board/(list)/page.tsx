import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { listBoard } from "@/db/queries/partner-requests";
import { countryChoices, provinceChoices } from "@/db/queries/localities-options";
import { Pagination } from "@/components/data-table/pagination";
import { BoardFilters } from "@/components/sharing/board/board-filters";
import { PostCard } from "@/components/sharing/board/post-card";
import { PageHeader } from "@/components/ui/page-header";
import { canRecordForeignSeeker, officeOf } from "@/lib/auth/permissions";
import { requireCapability } from "@/lib/auth/session";
import type { Locale } from "@/lib/domain/enums";
import { parseListParams } from "@/lib/validation/list-params";
import { boardListSchema } from "@/lib/validation/partner-request";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("board");
  return { title: t("title") };
}

export default async function BoardPage({ searchParams }: PageProps<"/sharing/board">) {
  const viewer = await requireCapability("records.read");
  const params = parseListParams(boardListSchema, await searchParams);
  const [t, locale] = await Promise.all([getTranslations("board"), getLocale() as Promise<Locale>]);
  const db = getDb();
  const { rows, total, page } = listBoard(db, params);
  const filtered = Boolean(params.side || params.country || params.province || params.field || params.state);
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <div className="flex flex-wrap gap-2">
            {officeOf(viewer) ? (
              <Link href="/sharing/board/new" className="btn-primary">
                {t("newOurs")}
              </Link>
            ) : null}
            {canRecordForeignSeeker(viewer) ? (
              <Link href="/sharing/board/new?side=foreign" className="btn-secondary">
                {t("newForeign")}
              </Link>
            ) : null}
          </div>
        }
      />
      <BoardFilters countries={countryChoices(db, locale, { abroadOnly: true })} provinces={provinceChoices(db, locale)} />
      {rows.length === 0 ? (
        <p className="card p-5 text-sm text-slate-700">{filtered ? t("list.empty") : t("list.emptyAll")}</p>
      ) : (
        <ul aria-label={t("list.label")} className="space-y-3">
          {rows.map((row) => (
            <li key={row.id}>
              <PostCard post={row} />
            </li>
          ))}
        </ul>
      )}
      <Pagination page={page} pageSize={params.pageSize} total={total} />
    </>
  );
}
