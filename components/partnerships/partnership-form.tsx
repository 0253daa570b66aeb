"use client";

import { useEffect, useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { createPartnershipAction, findPairAction, updatePartnershipAction } from "@/app/(app)/partnerships/actions";
import { SaveOrCancel } from "@/components/forms/form-buttons";
import { FormNotices } from "@/components/forms/form-notices";
import { fieldId, SelectField, TextAreaField, TextField } from "@/components/forms/fields";
import { UnsavedChangesGuard } from "@/components/forms/unsaved-changes-guard";
import { useActionForm } from "@/components/forms/use-action-form";
import { useErrorText } from "@/components/forms/use-error-text";
import { LocalityPicker } from "@/components/localities/locality-picker";
import type { LocalityChoices } from "@/components/localities/locality-fields";
import type { LocalityOption } from "@/db/queries/localities";
import { PARTNERSHIP_LEVELS, PARTNERSHIP_TYPES } from "@/lib/domain/enums";
import { partnershipSchema, type PartnershipInput } from "@/lib/validation/partnership";
import { usePartnershipLabels } from "./use-partnership-labels";

export type PartnershipFormProps = {
  /** Present when editing. */
  record?: { id: number; version: number };
  values: PartnershipInput;
  ours: LocalityOption | null;
  partner: LocalityOption | null;
  /** City staff: our side is their locality and cannot change. */
  oursFixed: boolean;
  /** Province administrators: our side is searched within their province. */
  provinceCode?: string;
  canCreateOurs: boolean;
  choices: LocalityChoices;
};

/** Create or edit a partnership: both sides by type-ahead, the agreement's details, the duplicate guard. */
export function PartnershipForm(props: PartnershipFormProps) {
  const t = useTranslations("partnerships");
  const tc = useTranslations("common");
  const te = useTranslations("enums");
  const router = useRouter();
  const errorText = useErrorText();
  const { labels, formatValue } = usePartnershipLabels();
  const [ours, setOurs] = useState(props.ours);
  const [partner, setPartner] = useState(props.partner);
  const [duplicate, setDuplicate] = useState<{ id: number; archived: boolean } | null>(null);
  const record = props.record;
  const { form, submit, pending, serverError, stale, setStale } = useActionForm({
    // The update action's schema is this one extended with the record's id and the version the form was loaded at.
    schema: partnershipSchema,
    action: (values) =>
      record ? updatePartnershipAction({ ...values, id: record.id, version: record.version }) : createPartnershipAction(values),
    defaultValues: props.values,
    onSuccess: (data) => router.push(`/partnerships/${data.id}?${record ? "saved" : "created"}=1`),
  });
  const pick = (name: "ourLocalityId" | "partnerLocalityId", option: LocalityOption | null) => {
    (name === "ourLocalityId" ? setOurs : setPartner)(option);
    form.setValue(name, option ? option.id : (undefined as unknown as number), {
      shouldDirty: true,
      shouldValidate: form.formState.isSubmitted,
    });
  };
  const ourId = ours?.id;
  const partnerId = partner?.id;
  useEffect(() => {
    if (!ourId || !partnerId) return;
    let live = true;
    void findPairAction({ ourLocalityId: ourId, partnerLocalityId: partnerId, ...(record ? { exceptId: record.id } : {}) }).then((r) => {
      if (live) setDuplicate(r.ok && r.data ? { id: r.data.id, archived: r.data.archivedAt !== null } : null);
    });
    return () => {
      live = false;
      setDuplicate(null);
    };
  }, [ourId, partnerId, record]);
  const error = (name: string) => {
    const e = form.formState.errors[name as keyof typeof form.formState.errors] as { message?: string } | undefined;
    return e ? errorText(e.message) : null;
  };

  return (
    <form noValidate onSubmit={submit} className="max-w-3xl space-y-8">
      <UnsavedChangesGuard dirty={form.formState.isDirty && !pending} />
      <FormNotices form={form} stale={stale} setStale={setStale} serverError={serverError} labels={labels} formatValue={formatValue} />
      <fieldset className="card space-y-5 p-5">
        <legend className="px-1 text-base font-semibold">{t("form.sides")}</legend>
        {props.oursFixed && ours ? (
          <div>
            <p className="field-label" id={fieldId("ourLocalityId")}>
              {t("fields.ourLocalityId")}
            </p>
            <p className="text-sm text-slate-900" data-testid="picked-ours">{`${ours.nameLocal} · ${ours.nameRomanised}`}</p>
            <p className="field-hint">{t("hints.oursFixed")}</p>
          </div>
        ) : (
          <LocalityPicker
            id={fieldId("ourLocalityId")}
            label={t("fields.ourLocalityId")}
            hint={t("hints.ourLocalityId")}
            required
            side="ours"
            provinceCode={props.provinceCode}
            value={ours}
            onChange={(o) => pick("ourLocalityId", o)}
            error={error("ourLocalityId")}
            create={props.canCreateOurs ? props.choices : undefined}
          />
        )}
        <LocalityPicker
          id={fieldId("partnerLocalityId")}
          label={t("fields.partnerLocalityId")}
          hint={t("hints.partnerLocalityId")}
          required
          side="partner"
          value={partner}
          onChange={(o) => pick("partnerLocalityId", o)}
          error={error("partnerLocalityId")}
          create={props.choices}
        />
        {duplicate ? (
          <div
            role="status"
            className="rounded-md border-2 border-amber-600 bg-amber-50 p-3 text-sm text-slate-900"
            data-testid="duplicate-notice"
          >
            <p className="font-semibold">{duplicate.archived ? t("form.duplicateArchived") : t("form.duplicate")}</p>
            <Link href={`/partnerships/${duplicate.id}`} className="font-medium">
              {t("form.openExisting")}
            </Link>
          </div>
        ) : null}
      </fieldset>
      <fieldset className="card grid grid-cols-1 gap-5 p-5 sm:grid-cols-2">
        <legend className="px-1 text-base font-semibold">{t("form.agreement")}</legend>
        <SelectField
          form={form}
          name="type"
          label={t("fields.type")}
          options={PARTNERSHIP_TYPES.map((v) => ({ value: v, label: te(`partnershipType.${v}`) }))}
          required
        />
        <SelectField
          form={form}
          name="level"
          label={t("fields.level")}
          options={PARTNERSHIP_LEVELS.map((v) => ({ value: v, label: te(`partnershipLevel.${v}`) }))}
          required
        />
        <TextField form={form} name="signedOn" type="date" label={t("fields.signedOn")} hint={t("hints.signedOn")} />
        <TextField form={form} name="signatories" label={t("fields.signatories")} hint={t("hints.signatories")} />
        <TextField
          form={form}
          name="agreementLocation"
          label={t("fields.agreementLocation")}
          hint={t("hints.agreementLocation")}
          className="sm:col-span-2"
        />
        <TextAreaField form={form} name="notes" label={t("fields.notes")} className="sm:col-span-2" rows={4} />
      </fieldset>
      <SaveOrCancel
        pending={pending}
        saveLabel={record ? t("form.save") : t("form.create")}
        cancelHref={record ? `/partnerships/${record.id}` : "/partnerships"}
        cancelLabel={tc("cancel")}
        className="flex gap-3"
      />
    </form>
  );
}
