"use client";

import { useTranslations } from "next-intl";
import type { JobProgress } from "./stream-job";

/** A progress bar for a running preview or commit, announced politely to screen readers. */
export function JobProgressBar({ label, progress }: { label: string; progress: JobProgress | null }) {
  const t = useTranslations("imports.map");
  const total = progress?.total ?? 0;
  const done = progress?.done ?? 0;
  const percent = total > 0 ? Math.round((done / total) * 100) : null;
  return (
    <div className="mt-3 max-w-md" role="status" aria-live="polite">
      <p className="text-sm text-slate-800">{total > 0 ? t("progress", { done, total }) : label}</p>
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent ?? undefined}
        className="mt-1 h-2 w-full overflow-hidden rounded bg-slate-200"
      >
        <div className="h-2 bg-blue-700 transition-[width]" style={{ width: `${percent ?? 15}%` }} />
      </div>
    </div>
  );
}
