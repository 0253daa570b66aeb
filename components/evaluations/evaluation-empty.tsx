import { getTranslations } from "next-intl/server";

/**
 * What "my evaluations" says when it lists nothing: with a search or a state
 * filter, that nothing matched (and how many are still waiting, and how to
 * clear the filter), never that no campaign needs an answer while one does.
 */
export async function EvaluationEmpty({
  q,
  stateLabel,
  waiting,
  clearHref,
}: {
  q?: string;
  stateLabel?: string;
  waiting: number;
  clearHref: string;
}) {
  const t = await getTranslations("evaluations.mine");
  if (!q && !stateLabel) return <p>{t("empty")}</p>;
  const what =
    q && stateLabel ? t("noMatchBoth", { q, state: stateLabel }) : q ? t("noMatch", { q }) : t("noMatchState", { state: stateLabel ?? "" });
  return (
    <div className="space-y-2" data-testid="evaluations-no-match">
      <p className="font-medium text-slate-900">{what}</p>
      {waiting > 0 ? <p>{t("stillOpen", { count: waiting })}</p> : <p>{t("empty")}</p>}
      <p>
        {/* A full navigation, so that the search box (which keeps what was typed) is emptied too. */}
        <a href={clearHref}>{t("clearSearch")}</a>
      </p>
    </div>
  );
}
