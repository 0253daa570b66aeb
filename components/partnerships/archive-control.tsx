"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { archivePartnershipAction } from "@/app/(app)/partnerships/actions";

/** Archive (with a confirmation step) or restore a partnership; nothing is deleted. */
export function ArchiveControl({ id, version, archived }: { id: number; version: number; archived: boolean }) {
  const t = useTranslations("partnerships.detail");
  const tc = useTranslations("common");
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const run = () =>
    startTransition(async () => {
      setError(null);
      const result = await archivePartnershipAction({ id, version, archived: !archived });
      if (!result.ok) {
        setError(result.error);
        return;
      }
      setConfirming(false);
      router.replace(`/partnerships/${id}?${archived ? "restored" : "archived"}=1`);
    });
  return (
    <div className="flex flex-wrap items-center gap-2">
      {archived ? (
        <button type="button" className="btn-secondary" disabled={pending} onClick={run}>
          {t("restore")}
        </button>
      ) : confirming ? (
        <div
          role="group"
          aria-labelledby="archive-question"
          className="flex flex-wrap items-center gap-2 rounded-md border border-red-300 bg-red-50 px-3 py-1.5"
        >
          <span id="archive-question" className="text-sm text-slate-900">
            {t("archiveConfirm")}
          </span>
          <button type="button" className="btn-danger py-1" disabled={pending} onClick={run} autoFocus>
            {t("archiveYes")}
          </button>
          <button type="button" className="btn-secondary py-1" onClick={() => setConfirming(false)}>
            {tc("cancel")}
          </button>
        </div>
      ) : (
        <button type="button" className="btn-danger" onClick={() => setConfirming(true)}>
          {t("archive")}
        </button>
      )}
      {error ? (
        <p role="alert" className="field-error w-full">
          {error}
        </p>
      ) : null}
    </div>
  );
}
