"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { FormNotices } from "@/components/forms/form-notices";
import { SelectField, TextAreaField, TextField, type Option } from "@/components/forms/fields";
import { UnsavedChangesGuard } from "@/components/forms/unsaved-changes-guard";
import { useActionForm } from "@/components/forms/use-action-form";
import { createAnnouncementAction, updateAnnouncementAction } from "@/app/(app)/sharing/announcements/actions";
import { announcementFormSchema, type AnnouncementFormInput } from "@/lib/validation/announcement";

/**
 * An announcement: title, Markdown text, audience (the options the author may post to) and the days
 * it is shown. A new one is posted; an existing one (`record`) is saved at the version shown.
 */
export function AnnouncementForm({
  defaults,
  audiences,
  record,
}: {
  defaults: AnnouncementFormInput;
  audiences: Option[];
  record?: { id: number; version: number };
}) {
  const t = useTranslations("announcements");
  const router = useRouter();
  const { form, submit, pending, serverError, stale, setStale } = useActionForm({
    // The update action's schema is this one extended with the record's id and version.
    schema: announcementFormSchema,
    action: (v) => (record ? updateAnnouncementAction({ ...v, ...record }) : createAnnouncementAction(v)),
    defaultValues: defaults,
    onSuccess: (data) => router.push(`/sharing/announcements/${data.id}`),
  });
  const labels = {
    title: t("form.titleField"),
    body: t("form.body"),
    audience: t("form.audience"),
    validFrom: t("form.validFrom"),
    validUntil: t("form.validUntil"),
  };
  return (
    <form noValidate onSubmit={submit} aria-label={record ? t("editTitle") : t("newTitle")} className="card max-w-3xl space-y-5 p-5">
      <FormNotices form={form} stale={stale} setStale={setStale} serverError={serverError} labels={labels} />
      <UnsavedChangesGuard dirty={form.formState.isDirty && !form.formState.isSubmitSuccessful} />
      <TextField form={form} name="title" label={labels.title} required />
      <TextAreaField form={form} name="body" label={labels.body} hint={t("form.bodyHint")} rows={10} required />
      <SelectField form={form} name="audience" label={labels.audience} hint={t("form.audienceHint")} options={audiences} required />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField form={form} name="validFrom" type="date" label={labels.validFrom} required />
        <TextField form={form} name="validUntil" type="date" label={labels.validUntil} hint={t("form.validUntilHint")} />
      </div>
      <button type="submit" className="btn-primary" disabled={pending}>
        {record ? t("form.save") : t("form.create")}
      </button>
    </form>
  );
}
