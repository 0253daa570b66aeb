"use client";

import type { FieldValues } from "react-hook-form";
import { FormNotices } from "@/components/forms/form-notices";
import type { AnyForm } from "@/components/forms/fields";
import { UnsavedChangesGuard } from "@/components/forms/unsaved-changes-guard";
import type { StaleDetails } from "@/lib/errors/app-error";

/**
 * The top of the activity and delegation forms: the unsaved-changes guard, the notices of a refused
 * save (a stale one reloads the page) and the record's version, sent back with the save.
 */
export function ExchangeFormHead<V extends FieldValues>({
  form,
  pending,
  stale,
  serverError,
  labels,
}: {
  form: AnyForm<V>;
  pending: boolean;
  stale: StaleDetails | null;
  serverError: string | null;
  labels: Record<string, string>;
}) {
  return (
    <>
      <UnsavedChangesGuard dirty={form.formState.isDirty && !pending} />
      <FormNotices form={form} stale={stale} serverError={serverError} labels={labels} reloadPage />
      <input type="hidden" {...form.register("version" as never)} />
    </>
  );
}
