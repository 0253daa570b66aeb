"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { createPartnerRequestAction, updatePartnerRequestAction } from "@/app/(app)/sharing/board/actions";
import { SaveOrCancel } from "@/components/forms/form-buttons";
import { FormNotices } from "@/components/forms/form-notices";
import { ChoiceGroupField, fieldId, SelectField, TextAreaField, TextField, type Option } from "@/components/forms/fields";
import { UnsavedChangesGuard } from "@/components/forms/unsaved-changes-guard";
import { useActionForm } from "@/components/forms/use-action-form";
import { useErrorText } from "@/components/forms/use-error-text";
import { LocalityPicker } from "@/components/localities/locality-picker";
import type { LocalityOption } from "@/db/queries/localities";
import { ACTIVITY_CATEGORIES, LOCALITY_LEVELS, PARTNERSHIP_PURPOSES, REGIONS, type SeekingSide } from "@/lib/domain/enums";
import { localityLabel } from "@/lib/domain/locality-name";
import { partnerRequestSchema, type PartnerRequestInput } from "@/lib/validation/partner-request";

type RequestFormProps = {
  /** Present when editing. */
  record?: { id: number; version: number };
  values: PartnerRequestInput;
  side: SeekingSide;
  seeker: LocalityOption | null;
  /** City staff post for their own locality. */
  seekerFixed: boolean;
  /** A province's administrators pick among its localities. */
  provinceCode?: string;
  countries: Option[];
  provinces: Option[];
};

/** Post or edit a partner-seeking request: who seeks, what partner (where, which levels, which fields), and the post itself. */
export function RequestForm(props: RequestFormProps) {
  const t = useTranslations("board.form");
  const tc = useTranslations("common");
  const te = useTranslations("enums");
  const locale = useLocale();
  const router = useRouter();
  const errorText = useErrorText();
  const [seeker, setSeeker] = useState(props.seeker);
  const record = props.record;
  const ours = props.side === "ours";
  const { form, submit, pending, serverError, stale, setStale } = useActionForm({
    schema: partnerRequestSchema,
    action: (values) => (record ? updatePartnerRequestAction({ ...values, ...record }) : createPartnerRequestAction(values)),
    defaultValues: props.values,
    onSuccess: (data) => router.push(`/sharing/board/${data.id}?${record ? "saved" : "created"}=1`),
  });
  const pick = (option: LocalityOption | null) => {
    setSeeker(option);
    form.setValue("seekerLocalityId", option ? option.id : (undefined as unknown as number), {
      shouldDirty: true,
      shouldValidate: form.formState.isSubmitted,
    });
  };
  const seekerError = form.formState.errors.seekerLocalityId?.message;
  const labels = {
    seekerLocalityId: ours ? t("seeker") : t("seekerForeign"),
    wantedCountryCode: t("wantedCountryCode"),
    wantedProvinceCode: t("wantedProvinceCode"),
    wantedRegion: t("wantedRegion"),
    wantedLevels: t("wantedLevels"),
    purposes: t("purposes"),
    categories: t("categories"),
    title: t("titleField"),
    description: t("descriptionField"),
    closesOn: t("closesOn"),
  };

  return (
    <form noValidate onSubmit={submit} className="max-w-3xl space-y-8">
      <UnsavedChangesGuard dirty={form.formState.isDirty && !pending} />
      <FormNotices form={form} stale={stale} setStale={setStale} serverError={serverError} labels={labels} />
      <fieldset className="card space-y-5 p-5">
        <legend className="px-1 text-base font-semibold">{t("sought")}</legend>
        {props.seekerFixed && seeker ? (
          <div>
            <p className="field-label" id={fieldId("seekerLocalityId")}>
              {labels.seekerLocalityId}
            </p>
            <p className="text-sm text-slate-900" data-testid="picked-seeker">
              {localityLabel(seeker, locale)}
            </p>
            <p className="field-hint">{t("seekerFixed")}</p>
          </div>
        ) : (
          <LocalityPicker
            id={fieldId("seekerLocalityId")}
            label={labels.seekerLocalityId}
            hint={t("seekerHint")}
            required
            side={ours ? "ours" : "partner"}
            provinceCode={props.provinceCode}
            value={seeker}
            onChange={pick}
            error={seekerError ? errorText(seekerError) : null}
          />
        )}
        {ours ? (
          <SelectField
            form={form}
            name="wantedCountryCode"
            label={labels.wantedCountryCode}
            options={props.countries}
            placeholder={t("choose")}
            required
          />
        ) : (
          <div className="grid grid-cols-1 gap-5 sm:grid-cols-2">
            <SelectField
              form={form}
              name="wantedProvinceCode"
              label={labels.wantedProvinceCode}
              hint={t("wantedHint")}
              options={props.provinces}
              placeholder={t("choose")}
            />
            <SelectField
              form={form}
              name="wantedRegion"
              label={labels.wantedRegion}
              options={REGIONS.map((r) => ({ value: r, label: te(`region.${r}`) }))}
              placeholder={t("choose")}
            />
          </div>
        )}
        <ChoiceGroupField
          form={form}
          name="wantedLevels"
          label={labels.wantedLevels}
          hint={t("wantedLevelsHint")}
          multiple
          options={LOCALITY_LEVELS.map((l) => ({ value: l, label: te(`localityLevel.${l}`) }))}
        />
        <div className="grid grid-cols-1 gap-5 sm:grid-cols-2">
          <ChoiceGroupField
            form={form}
            name="purposes"
            label={labels.purposes}
            hint={t("fieldsHint")}
            multiple
            options={PARTNERSHIP_PURPOSES.map((p) => ({ value: p, label: te(`purpose.${p}`) }))}
          />
          <ChoiceGroupField
            form={form}
            name="categories"
            label={labels.categories}
            hint={t("fieldsHint")}
            multiple
            options={ACTIVITY_CATEGORIES.map((c) => ({ value: c, label: te(`activityCategory.${c}`) }))}
          />
        </div>
      </fieldset>
      <fieldset className="card grid grid-cols-1 gap-5 p-5">
        <legend className="px-1 text-base font-semibold">{t("post")}</legend>
        <TextField form={form} name="title" label={labels.title} required />
        <TextAreaField form={form} name="description" label={labels.description} rows={5} />
        <TextField form={form} name="closesOn" type="date" label={labels.closesOn} hint={t("closesOnHint")} />
      </fieldset>
      <SaveOrCancel
        pending={pending}
        saveLabel={record ? t("save") : t("create")}
        cancelHref={record ? `/sharing/board/${record.id}` : "/sharing/board"}
        cancelLabel={tc("cancel")}
        className="flex gap-3"
      />
    </form>
  );
}
