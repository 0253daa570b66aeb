"use client";

import { useEffect, useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { createActivityAction, updateActivityAction } from "@/app/(app)/activities/actions";
import { SaveOrCancel } from "@/components/forms/form-buttons";
import { fieldId, SelectField, TextAreaField, TextField } from "@/components/forms/fields";
import { useActionForm } from "@/components/forms/use-action-form";
import { useErrorText } from "@/components/forms/use-error-text";
import { ContactChecklist } from "@/components/contacts/contact-checklist";
import { ExchangeFormHead } from "@/components/exchanges/exchange-form-head";
import { MultiPicker, type PickerOption } from "@/components/exchanges/multi-picker";
import { ourLocalitiesOf, usePartnershipSearch } from "@/components/exchanges/use-partnership-search";
import { ACTIVITY_CATEGORIES, ACTIVITY_LOCATIONS } from "@/lib/domain/enums";
import { activityCreateSchema, activityUpdateSchema } from "@/lib/validation/activity";

export const LAST_CATEGORY_KEY = "amity.activities.lastCategory";
const FIELDS = [
  "title",
  "category",
  "startDate",
  "endDate",
  "location",
  "locationDetail",
  "partnershipIds",
  "organiserLocalityId",
  "participantsOurs",
  "participantsPartner",
  "participantNames",
  "description",
  "outcomes",
  "costAmount",
  "costCurrency",
  "tags",
  "contactIds",
] as const;
const DETAIL_FIELDS = new Set([
  "contactIds",
  "participantsOurs",
  "participantsPartner",
  "participantNames",
  "description",
  "outcomes",
  "costAmount",
  "costCurrency",
  "tags",
]);

export type ActivityFormDefaults = Record<string, unknown> & { partnershipIds: number[] };

/** The quick-log and the edit form: essentials first, the rest folded away until wanted. */
export function ActivityForm({
  mode,
  defaults,
  initialPartnerships,
  rememberCategory,
}: {
  mode: "create" | "edit";
  defaults: ActivityFormDefaults;
  initialPartnerships: PickerOption[];
  rememberCategory: boolean;
}) {
  const t = useTranslations("activities");
  const te = useTranslations("enums");
  const errorText = useErrorText();
  const router = useRouter();
  const search = usePartnershipSearch();
  const [chosen, setChosen] = useState<PickerOption[]>(initialPartnerships);
  const schema = mode === "create" ? activityCreateSchema : activityUpdateSchema;
  const { form, submit, pending, serverError, stale } = useActionForm({
    schema: schema as typeof activityCreateSchema,
    action: (mode === "create" ? createActivityAction : updateActivityAction) as typeof createActivityAction,
    defaultValues: defaults as never,
    onSuccess: (data) => {
      try {
        window.localStorage.setItem(LAST_CATEGORY_KEY, String(form.getValues("category")));
      } catch {
        /* storage may be unavailable; remembering is a convenience */
      }
      router.push(`/activities/${data.id}?saved=1`);
    },
  });
  useEffect(() => {
    if (!rememberCategory) return;
    try {
      const last = window.localStorage.getItem(LAST_CATEGORY_KEY);
      if (last && (ACTIVITY_CATEGORIES as readonly string[]).includes(last) && !form.getFieldState("category").isDirty) {
        form.setValue("category", last as never);
      }
    } catch {
      /* ignore */
    }
  }, [rememberCategory, form]);
  const prefilled = mode === "create" && initialPartnerships.length > 0;
  useEffect(() => {
    if (prefilled) form.setFocus("title");
  }, [prefilled, form]);
  const errors = form.formState.errors;
  const detailError = Object.keys(errors).some((k) => DETAIL_FIELDS.has(k));
  const [detailsOpen, setDetailsOpen] = useState(mode === "edit");
  const labels = Object.fromEntries(FIELDS.map((f) => [f, t(`fields.${f}`)]));
  const organisers = ourLocalitiesOf(chosen);
  const setPartnerships = (next: PickerOption[]) => {
    setChosen(next);
    form.setValue(
      "partnershipIds",
      next.map((o) => o.id),
      { shouldDirty: true, shouldValidate: form.formState.isSubmitted },
    );
    const organiser = String(form.getValues("organiserLocalityId") ?? "");
    if (organiser && !next.some((o) => String(o.meta) === organiser)) form.setValue("organiserLocalityId", "");
  };
  const pickerError = errors.partnershipIds
    ? errorText(
        (errors.partnershipIds as { message?: string }).message ?? (errors.partnershipIds as unknown as { message?: string }[])[0]?.message,
      )
    : null;

  return (
    <form
      onSubmit={submit}
      noValidate
      className="max-w-3xl space-y-6"
      onKeyDown={(e) => {
        if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
          e.preventDefault();
          void submit();
        }
      }}
    >
      <ExchangeFormHead form={form} pending={pending} stale={stale} serverError={serverError} labels={labels} />
      <fieldset className="card space-y-4 p-5">
        <legend className="px-1 text-base font-semibold">{t("essentials")}</legend>
        <MultiPicker
          id={fieldId("partnershipIds")}
          label={t("fields.partnershipIds")}
          hint={t("hints.partnershipIds")}
          required
          value={chosen}
          onChange={setPartnerships}
          search={search}
          noResultsText={t("picker.noResults")}
          autoFocus={mode === "create" && initialPartnerships.length === 0}
          error={pickerError}
        />
        {organisers.length > 1 ? (
          <SelectField
            form={form}
            name="organiserLocalityId"
            label={t("fields.organiserLocalityId")}
            options={organisers}
            placeholder={organisers[0]?.label ?? ""}
          />
        ) : null}
        <TextField form={form} name="title" label={t("fields.title")} required />
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField
            form={form}
            name="category"
            label={t("fields.category")}
            required
            options={ACTIVITY_CATEGORIES.map((c) => ({ value: c, label: te(`activityCategory.${c}`) }))}
          />
          <SelectField
            form={form}
            name="location"
            label={t("fields.location")}
            required
            options={ACTIVITY_LOCATIONS.map((c) => ({ value: c, label: te(`activityLocation.${c}`) }))}
          />
          <TextField form={form} name="startDate" type="date" label={t("fields.startDate")} required />
          <TextField form={form} name="endDate" type="date" label={t("fields.endDate")} hint={t("hints.endDate")} />
        </div>
        <TextField form={form} name="locationDetail" label={t("fields.locationDetail")} hint={t("hints.locationDetail")} />
      </fieldset>
      <details className="card p-5" open={detailsOpen || detailError} onToggle={(e) => setDetailsOpen(e.currentTarget.open)}>
        <summary className="cursor-pointer text-base font-semibold">{t("moreDetails")}</summary>
        <div className="mt-4 space-y-4">
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField form={form} name="participantsOurs" type="number" inputMode="numeric" label={t("fields.participantsOurs")} />
            <TextField form={form} name="participantsPartner" type="number" inputMode="numeric" label={t("fields.participantsPartner")} />
          </div>
          <ContactChecklist
            id={fieldId("contactIds")}
            partnerships={chosen}
            value={(form.watch("contactIds") as number[] | undefined) ?? []}
            onChange={(ids) => form.setValue("contactIds", ids, { shouldDirty: true })}
            error={errors.contactIds ? errorText((errors.contactIds as { message?: string }).message) : null}
          />
          <TextAreaField
            form={form}
            name="participantNames"
            rows={3}
            label={t("fields.participantNames")}
            hint={t("hints.participantNames")}
          />
          <TextAreaField form={form} name="description" label={t("fields.description")} />
          <TextAreaField form={form} name="outcomes" label={t("fields.outcomes")} />
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField form={form} name="costAmount" type="number" inputMode="decimal" label={t("fields.costAmount")} />
            <TextField form={form} name="costCurrency" label={t("fields.costCurrency")} hint={t("hints.costCurrency")} />
          </div>
          <TextField form={form} name="tags" label={t("fields.tags")} hint={t("hints.tags")} />
        </div>
      </details>
      <SaveOrCancel
        pending={pending}
        saveLabel={t("save")}
        cancelHref={mode === "edit" ? `/activities/${String(defaults.id)}` : "/activities"}
        cancelLabel={t("cancel")}
        className="flex flex-wrap items-center gap-3"
      />
    </form>
  );
}
