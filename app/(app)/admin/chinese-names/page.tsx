import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { listMissingChineseNames } from "@/db/queries/localities-missing-chinese-names";
import { FilterSelect } from "@/components/data-table/filter-select";
import { PageHeader } from "@/components/ui/page-header";
import { scopeFor } from "@/lib/auth/permissions";
import { requireCapability } from "@/lib/auth/session";
import { parseListParams } from "@/lib/validation/list-params";
import { missingChineseNamesSchema } from "@/lib/validation/locality-list";
import { TableHead } from "@/components/ui/table-head";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("chineseNames");
  return { title: t("title") };
}

/** Places abroad still without a Chinese name, to complete: the nation's, or a province's partners. */
export default async function ChineseNamesPage({ searchParams }: PageProps<"/admin/chinese-names">) {
  const viewer = await requireCapability("admin.access");
  const { country } = parseListParams(missingChineseNamesSchema, await searchParams);
  const [t, locale, format] = await Promise.all([getTranslations("chineseNames"), getLocale(), getFormatter()]);
  const scope = scopeFor(viewer, "localities.edit");
  const { rows, total, countries } = listMissingChineseNames(getDb(), scope, { country, locale });
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/admin">{t("backToAdmin")}</Link>
      </p>
      <PageHeader title={t("title")} description={t(scope.kind === "province" ? "descriptionProvince" : "description")} />
      <section aria-labelledby="chinese-names-filters" className="card mb-4 grid grid-cols-1 gap-3 p-4 sm:grid-cols-3">
        <h2 id="chinese-names-filters" className="sr-only">
          {t("filtersTitle")}
        </h2>
        <FilterSelect
          param="country"
          label={t("country")}
          options={countries.map((c) => ({ value: c.code, label: `${c.name} (${format.number(c.n)})` }))}
        />
      </section>
      <p role="status" className="mb-3 text-sm text-slate-700">
        {total === 0 ? t("none") : t("count", { count: total })} {rows.length < total ? t("limited", { shown: rows.length }) : null}
      </p>
      {rows.length > 0 ? (
        <div className="card overflow-x-auto">
          <table className="table-base">
            <TableHead
              caption={t("caption")}
              columns={[
                t("columns.name"),
                t("columns.country"),
                t("columns.state"),
                { label: t("columns.partnerships"), className: "text-right" },
                <span key="action" className="sr-only">
                  {t("columns.action")}
                </span>,
              ]}
            />
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <td>
                    <Link href={`/localities/${r.id}`} className="font-medium">
                      {r.nameRomanised}
                    </Link>
                    {r.nameLocal !== r.nameRomanised ? <span className="ml-1.5 text-sm text-slate-600">{r.nameLocal}</span> : null}
                  </td>
                  <td>{r.countryName}</td>
                  <td>{r.stateName ?? "—"}</td>
                  <td className="text-right tabular-nums">{format.number(r.partnerships)}</td>
                  <td>
                    {r.editable ? (
                      <Link href={`/localities/${r.id}/edit`} aria-label={t("editLabel", { name: r.nameRomanised })}>
                        {t("edit")}
                      </Link>
                    ) : (
                      <span className="text-sm text-slate-600">{t("nationalOnly")}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </>
  );
}
