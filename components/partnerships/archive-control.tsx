"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { archivePartnershipAction } from "@/app/(app)/partnerships/actions";
import { InlineConfirm } from "@/components/ui/inline-confirm";

/** Archive (with a confirmation step) or restore a partnership; nothing is deleted. */
export function ArchiveControl({ id, version, archived }: { id: number; version: number; archived: boolean }) {
  const t = useTranslations("partnerships.detail");
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
        <InlineConfirm
          question={t("archiveConfirm")}
          yes={t("archiveYes")}
          pending={pending}
          onYes={run}
          onCancel={() => setConfirming(false)}
        />
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
