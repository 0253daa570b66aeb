"use client";

import { useTranslations } from "next-intl";
import { useConfirmedStep } from "@/components/ui/use-confirmed-step";
import { closeCampaignAction, openCampaignAction } from "@/app/(app)/evaluations/campaigns/actions";
import type { CampaignState } from "@/lib/domain/enums";

/** Opening (draft → open) and closing (open → closed), each confirmed in place before it is done. */
export function CampaignActions({
  id,
  version,
  state,
  year,
  targets,
}: {
  id: number;
  version: number;
  state: CampaignState;
  year: number;
  targets: number;
}) {
  const t = useTranslations("evaluations.campaign");
  const { router, confirming, setConfirming, message, setMessage, pending, startTransition } = useConfirmedStep();
  if (state === "closed" && !message) return null;
  const opening = state === "draft";
  const run = () =>
    startTransition(async () => {
      setConfirming(false);
      if (opening) {
        const result = await openCampaignAction({ id, version });
        setMessage(result.ok ? { ok: true, text: t("opened", { count: result.data.created }) } : { ok: false, text: result.error });
      } else {
        const result = await closeCampaignAction({ id, version });
        setMessage(result.ok ? { ok: true, text: t("closed") } : { ok: false, text: result.error });
      }
      router.refresh();
    });
  return (
    <div className="space-y-3">
      {message ? (
        <p
          role={message.ok ? "status" : "alert"}
          className={`rounded-md border p-3 text-sm ${message.ok ? "border-green-700 bg-green-50 text-green-900" : "border-red-700 bg-white text-red-900"}`}
        >
          {message.text}
        </p>
      ) : null}
      {state === "closed" ? null : confirming ? (
        <div role="group" aria-labelledby="confirm-text" className="rounded-md border-2 border-amber-600 bg-amber-50 p-4">
          <p id="confirm-text" className="text-sm text-slate-900">
            {opening ? t("openConfirm", { count: targets, year }) : t("closeConfirm")}
          </p>
          <div className="mt-3 flex gap-3">
            <button type="button" className={opening ? "btn-primary" : "btn-danger"} disabled={pending} onClick={run}>
              {opening ? t("openYes") : t("closeYes")}
            </button>
            <button type="button" className="btn-secondary" disabled={pending} onClick={() => setConfirming(false)}>
              {t("cancel")}
            </button>
          </div>
        </div>
      ) : (
        <button
          type="button"
          className={opening ? "btn-primary" : "btn-danger"}
          onClick={() => {
            setMessage(null);
            setConfirming(true);
          }}
        >
          {opening ? t("openAction") : t("closeAction")}
        </button>
      )}
    </div>
  );
}
