import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** Previous / next page links, keeping the query. */
export async function CasePager({
  page,
  total,
  pageSize,
  query,
}: {
  page: number;
  total: number;
  pageSize: number;
  query: URLSearchParams;
}) {
  const t = await getTranslations("cases.pager");
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const href = (n: number) => {
    const q = new URLSearchParams(query);
    q.set("page", String(n));
    return `/sharing/cases?${q.toString()}`;
  };
  return (
    <nav aria-label={t("label")} className="mt-6 flex flex-wrap items-center gap-4 text-sm">
      <span>{t("status", { page, pages, total })}</span>
      {page > 1 ? <Link href={href(page - 1)}>{t("previous")}</Link> : null}
      {page < pages ? <Link href={href(page + 1)}>{t("next")}</Link> : null}
    </nav>
  );
}
