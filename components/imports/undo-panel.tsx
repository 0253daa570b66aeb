"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { undoImportAction } from "@/app/(app)/imports/actions";
import { useConfirmedStep } from "@/components/ui/use-confirmed-step";

/** "Undo this import", once the user has ticked that they mean it; sent at the version the page showed. */
export function UndoPanel({ id, version }: { id: number; version: number }) {
  const t = useTranslations("imports.done");
  const { router, message, setMessage, pending, startTransition } = useConfirmedStep();
  const [sure, setSure] = useState(false);
  const run = () =>
    startTransition(async () => {
      setMessage(null);
      const result = await undoImportAction({ id, version });
      if (!result.ok) return setMessage({ ok: false, text: result.fieldErrors._form ?? result.error });
      setMessage({ ok: true, text: t("undone") });
      router.refresh();
    });
  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-700">{t("undoHelp")}</p>
      <label className="flex items-start gap-2 text-sm">
        <input type="checkbox" className="mt-1" checked={sure} onChange={(e) => setSure(e.target.checked)} />
        <span>{t("undoConfirm")}</span>
      </label>
      <button type="button" className="btn-danger" disabled={!sure || pending} onClick={run}>
        {t("undo")}
      </button>
      {message ? (
        <p role={message.ok ? "status" : "alert"} className={message.ok ? "text-sm text-green-800" : "field-error"}>
          {message.text}
        </p>
      ) : null}
    </div>
  );
}
