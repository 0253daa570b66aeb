"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { answerPartnerAction, type PartnerFormState } from "@/app/partner/[token]/actions";
import { ACTIVITY_TRENDS, PARTNERSHIP_PURPOSES, PARTNERSHIP_STATUSES } from "@/lib/domain/enums";

const initial: PartnerFormState = { done: false, problem: null, errors: {} };

/**
 * The partner side's short questionnaire; works without JavaScript. Its texts come from the
 * `partnerQuestionnaire` namespace in the link's language (the page wraps it in that language's provider).
 */
export function PartnerForm({ token }: { token: string }) {
  const t = useTranslations("partnerQuestionnaire");
  const [state, action, pending] = useActionState(answerPartnerAction, initial);
  const ref = useRef<HTMLDivElement>(null);
  const failed = Boolean(state.problem) || Object.keys(state.errors).length > 0;
  useEffect(() => {
    if (state.done || failed) ref.current?.focus();
  }, [state, failed]);
  if (state.done)
    return (
      <div ref={ref} tabIndex={-1} role="status" className="rounded-md border-2 border-green-700 bg-green-50 p-4">
        <h2 className="text-base text-green-950">{t("thanksTitle")}</h2>
        <p className="mt-1 text-sm text-slate-900">{t("thanksBody")}</p>
      </div>
    );
  const error = (field: string) =>
    state.errors[field] ? (
      <p id={`${field}-error`} className="field-error">
        {t(state.errors[field]!)}
      </p>
    ) : null;
  const describedBy = (field: string) => (state.errors[field] ? `${field}-error` : undefined);
  return (
    <form action={action} className="space-y-5">
      {failed ? (
        <div ref={ref} tabIndex={-1} role="alert" className="rounded-md border-2 border-red-700 bg-white p-4">
          <h2 className="text-base text-red-900">{t("errorTitle")}</h2>
          {state.problem ? (
            <p className="mt-1 text-sm text-slate-900">
              {t(`problems.${state.problem}`, { minutes: String(state.retryAfterMinutes ?? 1) })}
            </p>
          ) : null}
        </div>
      ) : null}
      <input type="hidden" name="token" value={token} />
      <fieldset aria-describedby={describedBy("status")}>
        <legend className="field-label">
          {t("status")}{" "}
          <span aria-hidden="true" className="text-red-800">
            *
          </span>
        </legend>
        {PARTNERSHIP_STATUSES.map((v) => (
          <label key={v} className="mt-1.5 flex items-center gap-2 text-sm">
            <input type="radio" name="status" value={v} required className="h-4 w-4 accent-brand-700" /> {t(`statuses.${v}`)}
          </label>
        ))}
        {error("status")}
      </fieldset>
      <fieldset aria-describedby={describedBy("trend")}>
        <legend className="field-label">
          {t("trend")}{" "}
          <span aria-hidden="true" className="text-red-800">
            *
          </span>
        </legend>
        {ACTIVITY_TRENDS.map((v) => (
          <label key={v} className="mt-1.5 flex items-center gap-2 text-sm">
            <input type="radio" name="trend" value={v} required className="h-4 w-4 accent-brand-700" /> {t(`trends.${v}`)}
          </label>
        ))}
        {error("trend")}
      </fieldset>
      <fieldset aria-describedby={describedBy("purposes")}>
        <legend className="field-label">{t("purposes")}</legend>
        <p className="field-hint -mt-0.5 mb-1">{t("purposesHint")}</p>
        {PARTNERSHIP_PURPOSES.map((v) => (
          <label key={v} className="mt-1.5 flex items-center gap-2 text-sm">
            <input type="checkbox" name="purposes" value={v} className="h-4 w-4 accent-brand-700" /> {t(`purposeLabels.${v}`)}
          </label>
        ))}
        {error("purposes")}
      </fieldset>
      <div>
        <label htmlFor="comments" className="field-label">
          {t("comments")}
        </label>
        <textarea id="comments" name="comments" rows={4} maxLength={2000} className="input" aria-describedby={describedBy("comments")} />
        {error("comments")}
      </div>
      <button type="submit" className="btn-primary" disabled={pending}>
        {pending ? t("sending") : t("submit")}
      </button>
    </form>
  );
}
