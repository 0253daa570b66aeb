"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/error-summary";
import { ChoiceGroupField, SelectField, TextAreaField } from "@/components/forms/fields";
import { StaleNotice } from "@/components/forms/stale-notice";
import { UnsavedChangesGuard } from "@/components/forms/unsaved-changes-guard";
import { useActionForm } from "@/components/forms/use-action-form";
import { saveEvaluationAction } from "@/app/(app)/evaluations/actions";
import { ACTIVITY_CATEGORIES, ACTIVITY_TRENDS, PARTNERSHIP_PURPOSES, PARTNERSHIP_STATUSES, POLITICAL_EFFECTS } from "@/lib/domain/enums";
import { evaluationAnswerSchema, type EvaluationAnswerInput } from "@/lib/validation/evaluation";

export type FactHints = { trend: string; topCategory: string };

/**
 * Our side's questionnaire, pre-filled with the log's facts (trend, most
 * frequent kind) when not yet answered. Saves a draft or submits; warns
 * before leaving with unsaved answers.
 */
export function QuestionnaireForm({ defaults, year, hints }: { defaults: EvaluationAnswerInput; year: number; hints: FactHints }) {
  const t = useTranslations("evaluations.form");
  const tf = useTranslations("evaluations.facts");
  const te = useTranslations("enums");
  const router = useRouter();
  const [notice, setNotice] = useState<string | null>(null);
  const { form, submit, pending, serverError, stale, setStale } = useActionForm({
    schema: evaluationAnswerSchema,
    action: saveEvaluationAction,
    defaultValues: defaults,
    onSuccess: (data) => {
      form.setValue("version", Number(form.getValues("version")) + 1);
      setNotice(data.state === "submitted" ? t("submitted") : t("saved"));
      router.refresh();
    },
  });
  const labels: Record<string, string> = {
    status: t("status", { year }),
    trend: t("trend"),
    purposes: t("purposes"),
    mostFrequentCategory: t("mostFrequentCategory"),
    politicalEffect: t("politicalEffect"),
    achievements: t("achievements"),
    problems: t("problems"),
    plans: t("plans"),
  };
  const label = te as unknown as (key: string) => string;
  const options = (values: readonly string[], group: string) => values.map((value) => ({ value, label: label(`${group}.${value}`) }));
  const send = (intent: "draft" | "submit") => {
    setNotice(null);
    form.setValue("intent", intent);
    void submit();
  };
  return (
    <form noValidate onSubmit={(e) => e.preventDefault()} aria-labelledby="questionnaire-title" className="card space-y-6 p-5">
      <h2 id="questionnaire-title" className="text-base">
        {t("answersTitle")}
      </h2>
      <UnsavedChangesGuard dirty={form.formState.isDirty} />
      <ErrorSummary errors={form.formState.errors} serverError={serverError} labels={labels} submitCount={form.formState.submitCount} />
      {stale ? (
        <StaleNotice
          stale={stale}
          labels={labels}
          onReload={() => {
            setStale(null);
            router.refresh();
          }}
        />
      ) : null}
      {notice ? (
        <p role="status" className="rounded-md border border-green-700 bg-green-50 p-3 text-sm text-green-900">
          {notice}
        </p>
      ) : null}
      <ChoiceGroupField
        form={form}
        name="status"
        label={labels.status!}
        hint={t("statusHint")}
        required
        options={options(PARTNERSHIP_STATUSES, "partnershipStatus")}
      />
      <ChoiceGroupField
        form={form}
        name="trend"
        label={labels.trend!}
        hint={tf("logSays", { value: hints.trend })}
        required
        options={options(ACTIVITY_TRENDS, "activityTrend")}
      />
      <ChoiceGroupField
        multiple
        form={form}
        name="purposes"
        label={labels.purposes!}
        hint={t("purposesHint")}
        required
        options={options(PARTNERSHIP_PURPOSES, "purpose")}
      />
      <SelectField
        form={form}
        name="mostFrequentCategory"
        label={labels.mostFrequentCategory!}
        hint={tf("logSays", { value: hints.topCategory })}
        placeholder={t("noCategory")}
        options={options(ACTIVITY_CATEGORIES, "activityCategory")}
      />
      <ChoiceGroupField
        form={form}
        name="politicalEffect"
        label={labels.politicalEffect!}
        required
        options={options(POLITICAL_EFFECTS, "politicalEffect")}
      />
      <TextAreaField form={form} name="achievements" label={labels.achievements!} rows={3} />
      <TextAreaField form={form} name="problems" label={labels.problems!} rows={3} />
      <TextAreaField form={form} name="plans" label={labels.plans!} rows={3} />
      {form.formState.isDirty ? <p className="text-sm text-amber-900">{t("unsaved")}</p> : null}
      <div className="flex flex-wrap gap-3">
        <button type="button" className="btn-secondary" disabled={pending} onClick={() => send("draft")}>
          {t("saveDraft")}
        </button>
        <button type="button" className="btn-primary" disabled={pending} onClick={() => send("submit")}>
          {t("submit")}
        </button>
      </div>
    </form>
  );
}
