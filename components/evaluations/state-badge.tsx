import { useTranslations } from "next-intl";
import type { EvaluationState } from "@/lib/domain/enums";

const STYLES: Record<EvaluationState, string> = {
  pending: "bg-slate-200 text-slate-800",
  draft: "bg-sky-100 text-sky-900",
  submitted: "bg-indigo-100 text-indigo-900",
  returned: "bg-amber-100 text-amber-900",
  approved: "bg-green-100 text-green-900",
};

/** An evaluation's state as a coloured label (the text carries the meaning, not the colour). */
export function StateBadge({ state }: { state: EvaluationState }) {
  const t = useTranslations("enums.evaluationState");
  return <span className={`badge ${STYLES[state]}`}>{t(state)}</span>;
}

export function OverdueBadge({ label }: { label: string }) {
  return <span className="badge ml-2 bg-red-100 text-red-900">{label}</span>;
}
