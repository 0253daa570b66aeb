import type { ImportState } from "@/lib/domain/enums";

const TONE: Record<ImportState, string> = {
  draft: "bg-slate-100 text-slate-800",
  committed: "bg-green-100 text-green-900",
  undone: "bg-amber-100 text-amber-900",
};

export function ImportStateBadge({ state, label }: { state: ImportState; label: string }) {
  return <span className={`badge ${TONE[state]}`}>{label}</span>;
}
