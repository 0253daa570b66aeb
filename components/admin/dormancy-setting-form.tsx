"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { setDormantMonthsAction } from "@/app/(app)/admin/settings/actions";
import { ErrorSummary } from "@/components/forms/error-summary";
import { TextField } from "@/components/forms/fields";
import { useActionForm } from "@/components/forms/use-action-form";
import { DORMANT_MONTHS_RANGE } from "@/lib/domain/dormancy";
import { dormancySettingSchema } from "@/lib/validation/settings";

/** The dormancy threshold in months, sent with the value the page showed. */
export function DormancySettingForm({ months }: { months: number }) {
  const t = useTranslations("reminders.settings");
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const { form, submit, pending, serverError } = useActionForm({
    schema: dormancySettingSchema,
    action: setDormantMonthsAction,
    defaultValues: { months: String(months), current: months },
    onSuccess: (data) => {
      setSaved(true);
      form.reset({ months: String(data.months), current: data.months });
      router.refresh();
    },
  });
  const labels = { months: t("months") };
  return (
    <form
      onSubmit={(e) => {
        setSaved(false);
        return submit(e);
      }}
      noValidate
      className="space-y-4"
    >
      <ErrorSummary errors={form.formState.errors} serverError={serverError} labels={labels} submitCount={form.formState.submitCount} />
      <div role="status" aria-live="polite">
        {saved ? <p className="rounded-md border border-green-300 bg-green-50 p-3 text-sm text-green-900">{t("saved")}</p> : null}
      </div>
      <TextField
        form={form}
        name="months"
        type="number"
        inputMode="numeric"
        label={labels.months}
        hint={t("monthsHint", DORMANT_MONTHS_RANGE)}
        required
      />
      <button type="submit" className="btn-primary" disabled={pending}>
        {t("save")}
      </button>
    </form>
  );
}
