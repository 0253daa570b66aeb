"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/error-summary";
import { ChoiceGroupField, TextAreaField } from "@/components/forms/fields";
import { StaleNotice } from "@/components/forms/stale-notice";
import { useActionForm } from "@/components/forms/use-action-form";
import { reviewEvaluationAction } from "@/app/(app)/evaluations/actions";
import { evaluationReviewSchema } from "@/lib/validation/evaluation";

/**
 * The reviewer's decision: approve, or return with a comment. Stays mounted
 * after the decision so that its confirmation outlives the page's refresh.
 */
export function ReviewPanel({
  id,
  version,
  year,
  reviewable,
  notReviewableText,
}: {
  id: number;
  version: number;
  year: number;
  reviewable: boolean;
  notReviewableText: string;
}) {
  const t = useTranslations("evaluations.review");
  const router = useRouter();
  const [done, setDone] = useState<string | null>(null);
  const { form, submit, pending, serverError, stale, setStale } = useActionForm({
    schema: evaluationReviewSchema,
    action: reviewEvaluationAction,
    defaultValues: { id, version, decision: "approve", comment: "" },
    onSuccess: (data) => {
      setDone(data.state === "approved" ? t("approved", { year }) : t("returned"));
      router.refresh();
    },
  });
  const labels = { decision: t("decision"), comment: t("comment") };
  return (
    <section aria-labelledby="review-form-title" className="card space-y-4 p-5">
      <h2 id="review-form-title" className="text-base">
        {t("labelsTitle")}
      </h2>
      {done ? (
        <p role="status" className="rounded-md border border-green-700 bg-green-50 p-3 text-sm text-green-900">
          {done}
        </p>
      ) : !reviewable ? (
        <p className="text-sm text-slate-700">{notReviewableText}</p>
      ) : (
        <form noValidate onSubmit={submit} className="space-y-4">
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
          <ChoiceGroupField
            form={form}
            name="decision"
            label={labels.decision}
            required
            options={[
              { value: "approve", label: t("approve") },
              { value: "return", label: t("return") },
            ]}
          />
          <TextAreaField
            form={form}
            name="comment"
            label={labels.comment}
            hint={t("commentHint")}
            rows={3}
            required={form.watch("decision") === "return"}
          />
          <button type="submit" className="btn-primary" disabled={pending}>
            {t("send")}
          </button>
        </form>
      )}
    </section>
  );
}
