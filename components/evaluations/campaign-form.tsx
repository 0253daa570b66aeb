"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { FormNotices } from "@/components/forms/form-notices";
import { ChoiceGroupField, TextAreaField, TextField, type Option } from "@/components/forms/fields";
import { UnsavedChangesGuard } from "@/components/forms/unsaved-changes-guard";
import { useActionForm } from "@/components/forms/use-action-form";
import { createCampaignAction, updateCampaignAction } from "@/app/(app)/evaluations/campaigns/actions";
import { campaignFormSchema, type CampaignFormInput } from "@/lib/validation/campaign";
import { FactsList } from "@/components/ui/facts-list";

/** What an open campaign shows instead of the fields it can no longer change. */
export type LockedScope = { year: number; opensOn: string; provinces: string; countries: string };

/**
 * A campaign: year, dates, scope (none chosen means all) and instructions. A new one is saved as a
 * draft; an existing one (`record`) is saved at the version shown. Once open (`locked`), only the
 * title, closing date and instructions are fields; the rest is shown as it stands.
 */
export function CampaignForm({
  defaults,
  provinces,
  countries,
  record,
  locked,
}: {
  defaults: CampaignFormInput;
  provinces: Option[];
  countries: Option[];
  record?: { id: number; version: number };
  locked?: LockedScope;
}) {
  const t = useTranslations("evaluations.campaign");
  const router = useRouter();
  const { form, submit, pending, serverError, stale, setStale } = useActionForm({
    // The update action's schema is this one extended with the record's id and version.
    schema: campaignFormSchema,
    action: (v) => (record ? updateCampaignAction({ ...v, ...record }) : createCampaignAction(v)),
    defaultValues: defaults,
    onSuccess: (data) => router.push(`/evaluations/campaigns/${data.id}${record ? "?saved=1" : ""}`),
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
      <h2 id="campaign-form-title" className="sr-only">
        {record ? t("editTitle") : t("newTitle")}
      </h2>
      <UnsavedChangesGuard dirty={form.formState.isDirty && !form.formState.isSubmitSuccessful} />
      <FormNotices form={form} stale={stale} setStale={setStale} serverError={serverError} labels={labels} />
      <TextField form={form} name="title" label={labels.title} required />
      {locked ? (
        <>
          <TextField form={form} name="closesOn" type="date" label={labels.closesOn} hint={t("dateHint")} required className="max-w-xs" />
          <section aria-labelledby="locked-title" className="rounded-md border border-slate-200 bg-slate-50 p-4 text-sm">
            <h3 id="locked-title" className="text-sm font-semibold text-slate-900">
              {t("lockedTitle")}
            </h3>
            <p className="mt-1 text-slate-700">{t("lockedHint")}</p>
            <FactsList
              rows={[
                [labels.year, String(locked.year)],
                [labels.opensOn, locked.opensOn],
                [labels.scopeProvinces, locked.provinces],
                [labels.scopeCountries, locked.countries],
              ]}
              className="mt-3 grid gap-x-6 gap-y-1 sm:grid-cols-[12rem_1fr]"
              termClassName="font-medium text-slate-700"
            />
          </section>
        </>
      ) : (
        <>
          <div className="grid gap-4 sm:grid-cols-3">
            <TextField form={form} name="year" type="number" inputMode="numeric" label={labels.year} required />
            <TextField form={form} name="opensOn" type="date" label={labels.opensOn} hint={t("dateHint")} required />
            <TextField form={form} name="closesOn" type="date" label={labels.closesOn} hint={t("dateHint")} required />
          </div>
          <div className="grid gap-4 md:grid-cols-2">
            <div className="max-h-72 overflow-y-auto rounded-md border border-slate-200 p-3">
              <ChoiceGroupField
                multiple
                form={form}
                name="scopeProvinces"
                label={labels.scopeProvinces}
                hint={t("scopeHint")}
                options={provinces}
              />
            </div>
            <div className="max-h-72 overflow-y-auto rounded-md border border-slate-200 p-3">
              <ChoiceGroupField
                multiple
                form={form}
                name="scopeCountries"
                label={labels.scopeCountries}
                hint={t("scopeHint")}
                options={countries}
              />
            </div>
          </div>
        </>
      )}
      <TextAreaField form={form} name="instructions" label={labels.instructions} rows={4} />
      <button type="submit" className="btn-primary" disabled={pending}>
        {record ? t("save") : t("create")}
      </button>
    </form>
  );
}
