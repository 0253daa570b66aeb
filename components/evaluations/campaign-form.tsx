"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/error-summary";
import { CheckboxGroupField, TextAreaField, TextField, type Option } from "@/components/forms/fields";
import { UnsavedChangesGuard } from "@/components/forms/unsaved-changes-guard";
import { useActionForm } from "@/components/forms/use-action-form";
import { createCampaignAction } from "@/app/(app)/evaluations/campaigns/actions";
import { campaignFormSchema, type CampaignFormInput } from "@/lib/validation/campaign";

/** A new campaign: year, dates, scope (none chosen means all) and instructions; saved as a draft. */
export function CampaignForm({ defaults, provinces, countries }: { defaults: CampaignFormInput; provinces: Option[]; countries: Option[] }) {
  const t = useTranslations("evaluations.campaign");
  const router = useRouter();
  const { form, submit, pending, serverError } = useActionForm({
    schema: campaignFormSchema,
    action: createCampaignAction,
    defaultValues: defaults,
    onSuccess: (data) => router.push(`/evaluations/campaigns/${data.id}`),
  });
  const labels = {
    title: t("titleField"),
    year: t("year"),
    opensOn: t("opensOn"),
    closesOn: t("closesOn"),
    scopeProvinces: t("scopeProvinces"),
    scopeCountries: t("scopeCountries"),
    instructions: t("instructions"),
  };
  return (
    <form noValidate onSubmit={submit} className="card max-w-3xl space-y-5 p-5" aria-labelledby="campaign-form-title">
      <h2 id="campaign-form-title" className="sr-only">{t("newTitle")}</h2>
      <UnsavedChangesGuard dirty={form.formState.isDirty && !form.formState.isSubmitSuccessful} />
      <ErrorSummary errors={form.formState.errors} serverError={serverError} labels={labels} submitCount={form.formState.submitCount} />
      <TextField form={form} name="title" label={labels.title} required />
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField form={form} name="year" type="number" inputMode="numeric" label={labels.year} required />
        <TextField form={form} name="opensOn" type="date" label={labels.opensOn} hint={t("dateHint")} required />
        <TextField form={form} name="closesOn" type="date" label={labels.closesOn} hint={t("dateHint")} required />
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        <div className="max-h-72 overflow-y-auto rounded-md border border-slate-200 p-3">
          <CheckboxGroupField form={form} name="scopeProvinces" label={labels.scopeProvinces} hint={t("scopeHint")} options={provinces} />
        </div>
        <div className="max-h-72 overflow-y-auto rounded-md border border-slate-200 p-3">
          <CheckboxGroupField form={form} name="scopeCountries" label={labels.scopeCountries} hint={t("scopeHint")} options={countries} />
        </div>
      </div>
      <TextAreaField form={form} name="instructions" label={labels.instructions} rows={4} />
      <button type="submit" className="btn-primary" disabled={pending}>
        {t("create")}
      </button>
    </form>
  );
}
