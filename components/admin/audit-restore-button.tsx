"use client";

import { useTranslations } from "next-intl";
import { useConfirmedStep } from "@/components/ui/use-confirmed-step";
import { restoreVersionAction } from "@/app/(app)/admin/audit/actions";
import type { RestoreOffer } from "@/lib/domain/restorable";

/**
 * "Restore version N" with a confirmation step. Sent with the record's version
 * as the page showed it: if someone saved since, nothing is overwritten and
 * the refusal says so.
 */
export function AuditRestoreButton({ offer, currentVersion }: { offer: RestoreOffer; currentVersion: number }) {
  const t = useTranslations("history.restore");
  const { router, confirming, setConfirming, message, setMessage, pending, startTransition } = useConfirmedStep();
  const questionId = `restore-${offer.auditId}-${offer.side}`;
  const run = () =>
    startTransition(async () => {
      setMessage(null);
      const result = await restoreVersionAction({ auditId: offer.auditId, side: offer.side, version: currentVersion });
      setConfirming(false);
      if (!result.ok) {
        setMessage({ ok: false, text: result.fieldErrors._form ?? result.error });
        return;
      }
      setMessage({ ok: true, text: t("done", { version: offer.version }) });
      router.refresh();
    });
  return (
    <div className="flex flex-wrap items-center gap-2">
      {confirming ? (
        <div
          role="group"
          aria-labelledby={questionId}
          className="flex flex-wrap items-center gap-2 rounded-md border border-amber-300 bg-amber-50 px-3 py-1.5"
        >
          <span id={questionId} className="text-sm text-slate-900">
            {t("confirm", { version: offer.version })}
          </span>
          <button type="button" className="btn-primary py-1" disabled={pending} onClick={run} autoFocus>
            {pending ? t("pending") : t("confirmButton")}
          </button>
          <button type="button" className="btn-secondary py-1" onClick={() => setConfirming(false)}>
            {t("cancel")}
          </button>
        </div>
      ) : (
        <button type="button" className="btn-secondary py-1 text-sm" onClick={() => setConfirming(true)}>
          {offer.side === "after" ? t("button", { version: offer.version }) : t("buttonBefore", { version: offer.version })}
        </button>
      )}
      {message ? (
        <p role={message.ok ? "status" : "alert"} className={message.ok ? "w-full text-sm text-green-800" : "field-error w-full"}>
          {message.text}
        </p>
      ) : null}
    </div>
  );
}
