"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { createLocalityAction, updateLocalityAction } from "@/app/(app)/localities/actions";
import { SaveOrCancel } from "@/components/forms/form-buttons";
import { FormNotices } from "@/components/forms/form-notices";
import { UnsavedChangesGuard } from "@/components/forms/unsaved-changes-guard";
import { useActionForm } from "@/components/forms/use-action-form";
import { localitySchema, type LocalityInput } from "@/lib/validation/locality";
import { LocalityDuplicates } from "./locality-duplicates";
import { LocalityFields, useLocalityLabels, type LocalityChoices } from "./locality-fields";

/** Create or edit a locality of the directory. */
export function LocalityForm({
  values,
  record,
  choices,
}: {
  values: LocalityInput;
  record?: { id: number; version: number };
  choices: LocalityChoices;
}) {
  const t = useTranslations("localities.form");
  const tc = useTranslations("common");
  const router = useRouter();
  const labels = useLocalityLabels();
  const { form, submit, pending, serverError, stale, setStale } = useActionForm({
    // The update action's schema is this one extended with the record's id and version.
    schema: localitySchema,
    action: (v) => (record ? updateLocalityAction({ ...v, ...record }) : createLocalityAction(v)),
    defaultValues: values,
    onSuccess: ({ id }) => router.push(`/localities/${id}?saved=1`),
  });
  return (
    <form noValidate onSubmit={submit} className="card max-w-3xl space-y-4 p-5">
      <UnsavedChangesGuard dirty={form.formState.isDirty && !pending} />
      <FormNotices form={form} stale={stale} setStale={setStale} serverError={serverError} labels={labels} />
      <LocalityFields form={form} choices={choices} />
      <LocalityDuplicates form={form} exceptId={record?.id} />
      <SaveOrCancel
        pending={pending}
        saveLabel={t("save")}
        cancelHref={record ? `/localities/${record.id}` : "/localities"}
        cancelLabel={tc("cancel")}
        className="flex gap-3"
      />
    </form>
  );
}
