"use client";

import { useFormatter, useTranslations } from "next-intl";
import { PAGE_SIZES } from "@/lib/validation/list-params";
import { useUrlParams } from "./use-url-params";

export function Pagination({ page, pageSize, total }: { page: number; pageSize: number; total: number }) {
  const t = useTranslations("common");
  const format = useFormatter();
  const { setParams } = useUrlParams();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return (
    <div className="flex flex-wrap items-center justify-between gap-3 py-3 text-sm">
      <p aria-live="polite" data-testid="row-count">
        {t("rowCount", { count: total })}
        {total > 0 ? ` · ${t("pageOf", { page: format.number(Math.min(page, pages)), pages: format.number(pages) })}` : ""}
      </p>
      <div className="flex items-center gap-2">
        <label htmlFor="page-size" className="text-slate-700">
          {t("rowsPerPage")}
        </label>
        <select id="page-size" className="input w-auto py-1" value={pageSize} onChange={(e) => setParams({ pageSize: e.target.value })}>
          {PAGE_SIZES.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
        <nav aria-label={t("pageOf", { page, pages })} className="flex gap-1">
          <button type="button" className="btn-secondary py-1" disabled={page <= 1} onClick={() => setParams({ page: page - 1 })}>
            {t("previous")}
          </button>
          <button type="button" className="btn-secondary py-1" disabled={page >= pages} onClick={() => setParams({ page: page + 1 })}>
            {t("next")}
          </button>
        </nav>
      </div>
    </div>
  );
}
