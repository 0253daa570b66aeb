import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { ImportListRow } from "@/db/queries/imports";
import { ImportStateBadge } from "./import-state-badge";

/** Earlier imports: file, kind, who, when, what they did, and their state; each opens its page. */
export async function ImportHistory({ rows }: { rows: ImportListRow[] }) {
  const [t, format] = await Promise.all([getTranslations("imports"), getFormatter()]);
  if (rows.length === 0) return <p className="text-sm text-slate-700">{t("history.none")}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="table-base" data-testid="import-history">
        <thead>
          <tr>
            <th scope="col">{t("history.file")}</th>
            <th scope="col">{t("history.kind")}</th>
            <th scope="col">{t("history.by")}</th>
            <th scope="col">{t("history.when")}</th>
            <th scope="col">{t("history.counts")}</th>
            <th scope="col">{t("history.state")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <td>
                <Link href={`/imports/${r.id}`}>{r.fileName}</Link>
              </td>
              <td>{t(`kinds.${r.kind}`)}</td>
              <td>{r.creatorName ?? "—"}</td>
              <td>{format.dateTime(r.committedAt ?? r.createdAt, { dateStyle: "medium", timeStyle: "short" })}</td>
              <td className="text-sm">{r.counts ? t("history.countsText", mapCounts(r.counts, format.number)) : "—"}</td>
              <td>
                <ImportStateBadge state={r.state} label={t(`states.${r.state}`)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function mapCounts(counts: NonNullable<ImportListRow["counts"]>, number: (n: number) => string) {
  return { create: number(counts.create), update: number(counts.update), match: number(counts.match), fail: number(counts.fail) };
}
