import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ROW_OUTCOMES, type PreviewResult, type RowOutcome, type RowProblem } from "@/lib/import/types";

const PAGE = 50;
const TONE: Record<RowOutcome, string> = {
  create: "bg-green-100 text-green-900",
  update: "bg-blue-100 text-blue-900",
  match: "bg-slate-100 text-slate-800",
  fail: "bg-red-100 text-red-900",
};

/** The preview's counts (each a filter) and its rows, a page at a time, each problem on its column with the cell's text. */
export async function PreviewRows({
  id,
  preview,
  outcome,
  page,
  written = false,
}: {
  id: number;
  preview: PreviewResult;
  outcome: RowOutcome | null;
  page: number;
  /** The import has been written: the rows are what it did, not what it would do. */
  written?: boolean;
}) {
  const [t, tRoot, format] = await Promise.all([getTranslations("imports"), getTranslations(), getFormatter()]);
  const rows = outcome ? preview.rows.filter((r) => r.outcome === outcome) : preview.rows;
  const pages = Math.max(1, Math.ceil(rows.length / PAGE));
  const current = Math.min(Math.max(1, page), pages);
  const shown = rows.slice((current - 1) * PAGE, current * PAGE);
  const href = (o: RowOutcome | null, p = 1) =>
    `/imports/${id}?${new URLSearchParams({ ...(o ? { outcome: o } : {}), ...(p > 1 ? { page: String(p) } : {}) })}#preview`;
  const column = (field: string | null) => {
    if (field === null) return null;
    const index = preview.mapping[field];
    return index === undefined ? t(`fields.${field}`) : `${t(`fields.${field}`)} (${preview.headers[index] || index + 1})`;
  };
  const problem = (p: RowProblem) =>
    p.key.startsWith("validation.")
      ? tRoot(p.key, p.values ?? {})
      : t(`problems.${p.key}`, (p.values ?? {}) as Record<string, string | number>);
  return (
    <div>
      <p className="text-sm text-slate-800">
        {written
          ? t("preview.writtenSummary", { rows: preview.counts.rows })
          : `${t("preview.summary", { rows: preview.counts.rows })} ${t("preview.newLocalities", { count: preview.newLocalities })}`}
      </p>
      <nav aria-label={t("preview.filter")} className="my-3 flex flex-wrap gap-2" data-testid="outcome-filter">
        <Link
          href={href(null)}
          aria-current={outcome === null ? "true" : undefined}
          className={`badge ${outcome === null ? "ring-2 ring-blue-700" : ""}`}
        >
          {t("preview.all")} · {format.number(preview.counts.rows)}
        </Link>
        {ROW_OUTCOMES.map((o) => (
          <Link
            key={o}
            href={href(o)}
            aria-current={outcome === o ? "true" : undefined}
            className={`badge ${TONE[o]} ${outcome === o ? "ring-2 ring-blue-700" : ""}`}
            data-testid={`count-${o}`}
          >
            {t(`outcomes.${o}`)} · {format.number(preview.counts[o])}
          </Link>
        ))}
      </nav>
      {shown.length === 0 ? (
        <p className="text-sm text-slate-700">{t("preview.noRows")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="table-base" data-testid="preview-rows">
            <thead>
              <tr>
                <th scope="col">{t("preview.line")}</th>
                <th scope="col">{t("preview.outcome")}</th>
                <th scope="col">{t("preview.row")}</th>
                <th scope="col">{t("preview.details")}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((r) => (
                <tr key={r.line} data-outcome={r.outcome}>
                  <td className="tabular-nums">{r.line}</td>
                  <td>
                    <span className={`badge ${TONE[r.outcome]}`}>{t(`outcomes.${r.outcome}`)}</span>
                  </td>
                  <td>{r.label}</td>
                  <td className="text-sm">
                    <ul className="space-y-1">
                      {r.problems.map((p, i) => (
                        <li key={`p${i}`}>
                          {column(p.field) ? <span className="font-medium">{column(p.field)}: </span> : null}
                          {p.cell ? <mark className="mr-1 rounded bg-red-50 px-1 text-red-900">{p.cell}</mark> : null}
                          {problem(p)}
                        </li>
                      ))}
                      {r.changes.map((c, i) => (
                        <li key={`c${i}`}>
                          <span className="font-medium">{t(`fields.${c.field}`)}: </span>
                          <del className="text-slate-700">{c.before ?? "—"}</del> → <ins className="no-underline">{c.after ?? "—"}</ins>
                        </li>
                      ))}
                      {r.note ? (
                        <li className="text-slate-700">
                          {t(`notes.${r.note.key}`, (r.note.values ?? {}) as Record<string, string | number>)}
                        </li>
                      ) : null}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {pages > 1 ? (
        <nav aria-label={t("preview.page", { page: current, pages })} className="mt-3 flex items-center gap-3 text-sm">
          {current > 1 ? <Link href={href(outcome, current - 1)}>{t("preview.previous")}</Link> : null}
          <span>{t("preview.page", { page: current, pages })}</span>
          {current < pages ? <Link href={href(outcome, current + 1)}>{t("preview.next")}</Link> : null}
        </nav>
      ) : null}
    </div>
  );
}
