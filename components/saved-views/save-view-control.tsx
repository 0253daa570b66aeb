"use client";

import { useTranslations } from "next-intl";
import { useRouter, useSearchParams } from "next/navigation";
import { useId, useState } from "react";
import { createSavedViewAction } from "@/app/(app)/saved-views/actions";
import { ErrorSummary } from "@/components/forms/error-summary";
import { TextField } from "@/components/forms/fields";
import { useActionForm } from "@/components/forms/use-action-form";
import type { ListScopeChoice } from "@/lib/auth/permissions";
import type { SavedViewList } from "@/lib/domain/enums";
import { savedViewFormSchema } from "@/lib/validation/saved-view";

/** The list's URL as a view keeps it: without the page, and with the scope the list shows when the URL leaves it to the remembered choice. */
export function viewQuery(search: URLSearchParams, scope: ListScopeChoice | null): string {
  const next = new URLSearchParams(search.toString());
  next.delete("page");
  if (scope && !next.has("scope")) next.set("scope", scope);
  return next.toString();
}

/**
 * "Save view" above a list: a name, and (for those with an office) whether the
 * office sees it. The filters are the URL's; the sidebar lists the view at once.
 */
export function SaveViewControl({
  list,
  scope,
  shareLabel,
}: {
  list: SavedViewList;
  scope: ListScopeChoice | null;
  shareLabel: string | null;
}) {
  const t = useTranslations("views.save");
  const router = useRouter();
  const search = useSearchParams();
  const panelId = useId();
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const { form, submit, pending, serverError } = useActionForm({
    schema: savedViewFormSchema,
    action: (values) => createSavedViewAction({ ...values, list, query: viewQuery(search, scope) }),
    defaultValues: { name: "", shared: false },
    onSuccess: () => {
      setSaved(form.getValues("name"));
      form.reset({ name: "", shared: false });
      setOpen(false);
      router.refresh();
    },
  });
  return (
    <div className="relative">
      <button
        type="button"
        className="btn-secondary py-1.5"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => {
          setOpen(!open);
          setSaved(null);
        }}
      >
        {t("open")}
      </button>
      {saved ? (
        <p role="status" className="mt-1 text-sm text-green-900">
          {t("saved", { name: saved })}
        </p>
      ) : null}
      {open ? (
        <div id={panelId} className="card absolute right-0 z-20 mt-2 w-80 max-w-[calc(100vw-2rem)] p-4 shadow-lg">
          <form onSubmit={submit} noValidate aria-labelledby={`${panelId}-title`}>
            <h2 id={`${panelId}-title`} className="!text-base">
              {t("title")}
            </h2>
            <p className="field-hint mb-3">{t("hint")}</p>
            <ErrorSummary
              errors={form.formState.errors}
              serverError={serverError}
              labels={{ name: t("name") }}
              submitCount={form.formState.submitCount}
            />
            <TextField form={form} name="name" label={t("name")} required />
            {shareLabel ? (
              <label className="mt-3 flex items-start gap-2 text-sm">
                <input type="checkbox" className="mt-0.5 h-4 w-4 accent-brand-700" {...form.register("shared")} />
                {shareLabel}
              </label>
            ) : null}
            <div className="mt-4 flex gap-2">
              <button type="submit" className="btn-primary" disabled={pending}>
                {t("submit")}
              </button>
              <button type="button" className="btn-secondary" onClick={() => setOpen(false)}>
                {t("cancel")}
              </button>
            </div>
          </form>
        </div>
      ) : null}
    </div>
  );
}
