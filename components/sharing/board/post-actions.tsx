"use client";

import { useState, useTransition } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { archivePartnerRequestAction, setPartnerRequestStatusAction } from "@/app/(app)/sharing/board/actions";
import { InlineConfirm } from "@/components/ui/inline-confirm";
import type { SeekingStatus } from "@/lib/domain/enums";
import type { ActionResult } from "@/lib/server/action-result";

/** The author's controls: edit, mark found or close (or reopen), archive; at the version shown, a refusal shown in place. */
export function PostActions({ id, version, status }: { id: number; version: number; status: SeekingStatus }) {
  const t = useTranslations("board.detail");
  const [confirming, setConfirming] = useState(false);
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const run = (call: () => Promise<ActionResult<{ id: number }>>, then: () => void) =>
    start(async () => {
      const result = await call();
      if (!result.ok) return setError(result.error);
      setError(null);
      then();
    });
  const setStatus = (next: SeekingStatus) =>
    run(
      () => setPartnerRequestStatusAction({ id, version, status: next }),
      () => router.refresh(),
    );
  const archive = () =>
    run(
      () => archivePartnerRequestAction({ id, version }),
      () => router.push("/sharing/board"),
    );
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        <Link href={`/sharing/board/${id}/edit`} className="btn-secondary">
          {t("edit")}
        </Link>
        {status === "open" ? (
          <>
            <button type="button" className="btn-primary" disabled={pending} onClick={() => setStatus("found")}>
              {t("markFound")}
            </button>
            <button type="button" className="btn-secondary" disabled={pending} onClick={() => setStatus("closed")}>
              {t("close")}
            </button>
          </>
        ) : (
          <button type="button" className="btn-secondary" disabled={pending} onClick={() => setStatus("open")}>
            {t("reopen")}
          </button>
        )}
        {confirming ? (
          <InlineConfirm
            question={t("archiveConfirm")}
            yes={t("archiveYes")}
            pending={pending}
            onYes={archive}
            onCancel={() => setConfirming(false)}
          />
        ) : (
          <button type="button" className="btn-danger" onClick={() => setConfirming(true)}>
            {t("archive")}
          </button>
        )}
      </div>
      {error ? (
        <p role="alert" className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
