"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import type { ImportCounts } from "@/lib/import/types";
import { JobProgressBar } from "./job-progress";
import { streamJob, type JobProgress } from "./stream-job";

/** Step 4: import what the preview showed, in one transaction; rows with problems only if the user chooses to leave them out. */
export function CommitPanel({ id, version, counts }: { id: number; version: number; counts: ImportCounts }) {
  const t = useTranslations("imports.commit");
  const tf = useTranslations("imports");
  const router = useRouter();
  const [skipFailures, setSkipFailures] = useState(false);
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<JobProgress | null>(null);
  const [error, setError] = useState<string | null>(null);
  const writable = counts.create + counts.update;
  if (writable === 0) return <p className="text-sm text-slate-800">{t("nothing")}</p>;
  const blocked = counts.fail > 0 && !skipFailures;

  async function commit() {
    setRunning(true);
    setError(null);
    const result = await streamJob(`/api/imports/${id}/commit`, { version, skipFailures }, setProgress);
    setRunning(false);
    if (!result.ok) setError(result.error ?? tf("failed"));
    router.refresh();
  }

  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-700">{t("allOrNothing")}</p>
      {counts.fail > 0 ? (
        <label className="flex items-start gap-2 text-sm">
          <input type="checkbox" className="mt-1" checked={skipFailures} onChange={(e) => setSkipFailures(e.target.checked)} />
          <span>{t("skipFailures", { count: counts.fail })}</span>
        </label>
      ) : null}
      <button type="button" className="btn-primary" onClick={commit} disabled={running || blocked}>
        {running ? t("writing") : t("button", { count: writable })}
      </button>
      {running ? <JobProgressBar label={t("writing")} progress={progress} /> : null}
      {error ? (
        <p role="alert" className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
