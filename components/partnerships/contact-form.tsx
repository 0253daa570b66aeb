"use client";

import { useRouter } from "next/navigation";
import { useTransition, useState } from "react";
import { useTranslations } from "next-intl";
import { archiveContactAction, createContactAction, updateContactAction } from "@/app/(app)/partnerships/actions";
import { SaveOrCancel } from "@/components/forms/form-buttons";
import { FormNotices } from "@/components/forms/form-notices";
import { ChoiceGroupField, TextField } from "@/components/forms/fields";
import { UnsavedChangesGuard } from "@/components/forms/unsaved-changes-guard";
import { useActionForm } from "@/components/forms/use-action-form";
import { CONTACT_SIDES } from "@/lib/domain/enums";
import { contactSchema, type ContactInput } from "@/lib/validation/contact";

const FIELDS = ["side", "office", "personName", "role", "email", "phone", "languages"] as const;

/** Add or edit a contact of a partnership; an existing one can be removed (archived). */
export function ContactForm({ values, record }: { values: ContactInput; record?: { id: number; version: number } }) {
  const t = useTranslations("partnerships.contacts");
  const tc = useTranslations("common");
  const router = useRouter();
  const labels = Object.fromEntries(FIELDS.map((f) => [f, t(f)]));
  const back = `/partnerships/${values.partnershipId}`;
  const [removeError, setRemoveError] = useState<string | null>(null);
  const [removing, startRemove] = useTransition();
  const { form, submit, pending, serverError, stale, setStale } = useActionForm({
    // The update action's schema is this one extended with the record's id and version.
    schema: contactSchema,
    action: (v) => (record ? updateContactAction({ ...v, ...record }) : createContactAction(v)),
    defaultValues: values,
    onSuccess: () => router.push(`${back}?contactSaved=1`),
  });
  const remove = () =>
    startRemove(async () => {
      if (!record) return;
      const result = await archiveContactAction(record);
      if (result.ok) router.push(`${back}?contactRemoved=1`);
      else setRemoveError(result.error);
    });
  return (
    <form noValidate onSubmit={submit} className="card max-w-2xl space-y-4 p-5">
      <UnsavedChangesGuard dirty={form.formState.isDirty && !pending} />
      <FormNotices form={form} stale={stale} setStale={setStale} serverError={serverError ?? removeError} labels={labels} />
      <ChoiceGroupField
        form={form}
        name="side"
        label={t("side")}
        options={CONTACT_SIDES.map((s) => ({ value: s, label: t(s) }))}
        required
      />
      <TextField form={form} name="personName" label={t("personName")} required />
      <TextField form={form} name="office" label={t("office")} />
      <TextField form={form} name="role" label={t("role")} />
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <TextField form={form} name="email" type="email" label={t("email")} autoComplete="off" />
        <TextField form={form} name="phone" type="tel" label={t("phone")} />
      </div>
      <TextField form={form} name="languages" label={t("languages")} hint={t("languagesHint")} />
      <SaveOrCancel pending={pending} saveLabel={t("save")} cancelHref={back} cancelLabel={tc("cancel")} className="flex flex-wrap gap-3">
        {record ? (
          <button type="button" className="btn-danger ml-auto" disabled={removing} onClick={remove}>
            {t("remove")}
          </button>
        ) : null}
      </SaveOrCancel>
    </form>
  );
}
