"use client";

import { useId, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { hideCaseAction, unhideCaseAction } from "@/app/(app)/sharing/cases/actions";

/** An administrator hides a case with a reason its author is shown, or shows it again. */
export function CaseHideControl({ id, version, hidden }: { id: number; version: number; hidden: boolean }) {
  const t = useTranslations("cases.moderation");
  const router = useRouter();
  const reasonId = useId();
  const [pending, start] = useTransition();
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  const run = (call: () => ReturnType<typeof unhideCaseAction>) =>
    start(async () => {
      const result = await call();
      if (result.ok) {
        setError(null);
        router.refresh();
      } else setError(result.fieldErrors.reason ?? result.error);
    });
  const alert = error ? (
    <p role="alert" className="field-error">
      {error}
    </p>
  ) : null;
  if (hidden) {
    return (
      <div>
        <button type="button" className="btn-secondary" disabled={pending} onClick={() => run(() => unhideCaseAction({ id, version }))}>
          {t("unhide")}
        </button>
        {alert}
      </div>
    );
  }
  return (
    <details className="w-full max-w-md">
      <summary className="btn-secondary cursor-pointer">{t("hide")}</summary>
      <form
        className="mt-2 space-y-2"
        onSubmit={(e) => {
          e.preventDefault();
          run(() => hideCaseAction({ id, version, reason }));
        }}
      >
        <label htmlFor={reasonId} className="field-label">
          {t("reason")}
        </label>
        <p className="field-hint">{t("reasonHint")}</p>
        <textarea
          id={reasonId}
          className="input"
          rows={3}
          maxLength={500}
          required
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
        <button type="submit" className="btn-danger" disabled={pending}>
          {t("confirmHide")}
        </button>
        {alert}
      </form>
    </details>
  );
}
