"use client";

import { useTranslations } from "next-intl";
import { discardImportAction } from "@/app/(app)/imports/actions";
import { useConfirmedStep } from "@/components/ui/use-confirmed-step";

/** Sets a draft aside (its file removed), after a second click; then back to the import page. */
export function DiscardDraft({ id, version }: { id: number; version: number }) {
  const t = useTranslations("imports.discard");
  const tc = useTranslations("common");
  const { router, confirming, setConfirming, message, setMessage, pending, startTransition } = useConfirmedStep();
  const discard = () =>
    startTransition(async () => {
      const result = await discardImportAction({ id, version });
      if (!result.ok) return setMessage({ ok: false, text: result.fieldErrors._form ?? result.error });
      router.push("/imports");
    });
  return (
    <div className="mt-6 text-sm">
      <p className="text-slate-700">{t("help")}</p>
      <div className="mt-2 flex flex-wrap gap-2">
        {confirming ? (
          <>
            <button type="button" className="btn-danger" onClick={discard} disabled={pending} autoFocus>
              {t("button")}
            </button>
            <button type="button" className="btn-secondary" onClick={() => setConfirming(false)}>
              {tc("cancel")}
            </button>
          </>
        ) : (
          <button type="button" className="btn-secondary" onClick={() => setConfirming(true)}>
            {t("button")}
          </button>
        )}
      </div>
      {message ? (
        <p role="alert" className="field-error mt-2">
          {message.text}
        </p>
      ) : null}
    </div>
  );
}
