"use client";

import { useTranslations } from "next-intl";
import { undoImportAction } from "@/app/(app)/imports/actions";
import { useConfirmedStep } from "@/components/ui/use-confirmed-step";

/** "Undo this import", with a confirmation step, sent at the version the page showed. */
export function UndoPanel({ id, version }: { id: number; version: number }) {
  const t = useTranslations("imports.done");
  const tc = useTranslations("common");
  const { router, confirming, setConfirming, message, setMessage, pending, startTransition } = useConfirmedStep();
  const run = () =>
    startTransition(async () => {
      setMessage(null);
      const result = await undoImportAction({ id, version });
      setConfirming(false);
      if (!result.ok) {
        setMessage({ ok: false, text: result.fieldErrors._form ?? result.error });
        return;
      }
      setMessage({ ok: true, text: t("undone") });
      router.refresh();
    });
  return (
    <div className="space-y-2">
      <p className="text-sm text-slate-700">{t("undoHelp")}</p>
      {confirming ? (
        <div role="group" aria-labelledby="undo-question" className="flex flex-wrap items-center gap-2 rounded-md border border-amber-300 bg-amber-50 px-3 py-2">
          <span id="undo-question" className="text-sm text-slate-900">
            {t("undoConfirm")}
          </span>
          <button type="button" className="btn-danger py-1" disabled={pending} onClick={run} autoFocus>
            {t("undo")}
          </button>
          <button type="button" className="btn-secondary py-1" onClick={() => setConfirming(false)}>
            {tc("cancel")}
          </button>
        </div>
      ) : (
        <button type="button" className="btn-secondary" onClick={() => setConfirming(true)}>
          {t("undo")}
        </button>
      )}
      {message ? (
        <p role={message.ok ? "status" : "alert"} className={message.ok ? "text-sm text-green-800" : "field-error"}>
          {message.text}
        </p>
      ) : null}
    </div>
  );
}
