"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { createCaseAction, updateCaseAction } from "@/app/(app)/sharing/cases/actions";
import { SaveOrCancel } from "@/components/forms/form-buttons";
import { fieldId, SelectField, TextAreaField, TextField, type AnyForm } from "@/components/forms/fields";
import { useActionForm } from "@/components/forms/use-action-form";
import { useErrorText } from "@/components/forms/use-error-text";
import { ExchangeFormHead } from "@/components/exchanges/exchange-form-head";
import { MultiPicker, type PickerOption } from "@/components/exchanges/multi-picker";
import { MarkdownText } from "@/components/ui/markdown";
import { ACTIVITY_CATEGORIES, PARTNER_LANGUAGES, type CaseStatus } from "@/lib/domain/enums";
import { caseCreateSchema, caseUpdateSchema } from "@/lib/validation/case";
import { useCaseSearches } from "./use-case-searches";

const FIELDS = [
  "title",
  "summary",
  "body",
  "category",
  "language",
  "tags",
  "partnershipIds",
  "localityIds",
  "activityIds",
  "startDate",
  "endDate",
] as const;
type LinkField = "partnershipIds" | "localityIds" | "activityIds";

export type CaseLinkOptions = Record<LinkField, PickerOption[]>;
export type CaseFormDefaults = Record<string, unknown>;

/** One of the case's link pickers, bound to its id list in the form. */
function LinkPicker({
  form,
  name,
  initial,
  search,
}: {
  form: AnyForm<Record<string, unknown>>;
  name: LinkField;
  initial: PickerOption[];
  search: (q: string) => Promise<PickerOption[] | null>;
}) {
  const t = useTranslations("cases");
  const errorText = useErrorText();
  const [chosen, setChosen] = useState(initial);
  const error = form.formState.errors[name] as { message?: string } | undefined;
  return (
    <MultiPicker
      id={fieldId(name)}
      label={t(`fields.${name}`)}
      hint={t(`hints.${name}`)}
      value={chosen}
      onChange={(next) => {
        setChosen(next);
        form.setValue(
          name,
          next.map((o) => o.id),
          { shouldDirty: true },
        );
      }}
      search={search}
      noResultsText={t("noResults")}
      error={error ? errorText(error.message) : null}
    />
  );
}

/** The new-case and edit forms: the text in Markdown (with a preview), its classification, its links; saved as a draft or published. */
export function CaseForm({ mode, defaults, links }: { mode: "create" | "edit"; defaults: CaseFormDefaults; links: CaseLinkOptions }) {
  const t = useTranslations("cases");
  const te = useTranslations("enums");
  const router = useRouter();
  const searches = useCaseSearches();
  const [preview, setPreview] = useState(false);
  const schema = mode === "create" ? caseCreateSchema : caseUpdateSchema;
  const { form, submit, pending, serverError, stale } = useActionForm({
    schema: schema as typeof caseCreateSchema,
    action: (mode === "create" ? createCaseAction : updateCaseAction) as typeof createCaseAction,
    defaultValues: defaults as never,
    onSuccess: (data) => router.push(`/sharing/cases/${data.id}`),
  });
  const anyForm = form as unknown as AnyForm<Record<string, unknown>>;
  const labels = Object.fromEntries(FIELDS.map((f) => [f, t(`fields.${f}`)]));
  const categories = ACTIVITY_CATEGORIES.map((c) => ({ value: c, label: te(`activityCategory.${c}`) }));
  const languages = PARTNER_LANGUAGES.map((l) => ({ value: l, label: t(`languages.${l}`) }));
  // The button pressed decides: "Save as draft" keeps it to its office, the main button publishes.
  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const status: CaseStatus = submitter?.getAttribute("value") === "draft" ? "draft" : "published";
    form.setValue("status", status);
    return submit(event);
  };
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-3xl space-y-6">
      <ExchangeFormHead form={form} pending={pending} stale={stale} serverError={serverError} labels={labels} />
      <input type="hidden" {...form.register("sourceActivityId")} />
      <fieldset className="card space-y-4 p-5">
        <legend className="px-1 text-base font-semibold">{t("form.text")}</legend>
        <TextField form={form} name="title" label={t("fields.title")} required />
        <TextAreaField form={form} name="summary" rows={3} label={t("fields.summary")} hint={t("hints.summary")} required />
        <TextAreaField form={form} name="body" rows={14} label={t("fields.body")} hint={t("hints.body")} required />
        <div>
          <button type="button" className="btn-secondary" aria-expanded={preview} onClick={() => setPreview((p) => !p)}>
            {preview ? t("form.hidePreview") : t("form.showPreview")}
          </button>
          {preview ? (
            <section aria-label={t("form.preview")} className="prose mt-3 rounded-md border border-slate-300 bg-slate-50 p-4">
              <MarkdownText source={String(form.watch("body") ?? "")} />
            </section>
          ) : null}
        </div>
      </fieldset>
      <fieldset className="card space-y-4 p-5">
        <legend className="px-1 text-base font-semibold">{t("form.about")}</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField form={form} name="category" options={categories} label={t("fields.category")} required />
          <SelectField form={form} name="language" options={languages} label={t("fields.language")} required />
          <TextField form={form} name="startDate" type="date" label={t("fields.startDate")} />
          <TextField form={form} name="endDate" type="date" label={t("fields.endDate")} />
        </div>
        <TextField form={form} name="tags" label={t("fields.tags")} hint={t("hints.tags")} />
      </fieldset>
      <fieldset className="card space-y-4 p-5">
        <legend className="px-1 text-base font-semibold">{t("form.links")}</legend>
        <LinkPicker form={anyForm} name="partnershipIds" initial={links.partnershipIds} search={searches.partnerships} />
        <LinkPicker form={anyForm} name="localityIds" initial={links.localityIds} search={searches.localities} />
        <LinkPicker form={anyForm} name="activityIds" initial={links.activityIds} search={searches.activities} />
      </fieldset>
      <SaveOrCancel
        pending={pending}
        saveLabel={t("form.publish")}
        cancelHref={mode === "edit" ? `/sharing/cases/${String(defaults.id)}` : "/sharing/cases"}
        cancelLabel={t("form.cancel")}
        className="flex flex-wrap items-center gap-3"
      >
        <button type="submit" name="status" value="draft" className="btn-secondary" disabled={pending}>
          {t("form.saveDraft")}
        </button>
      </SaveOrCancel>
    </form>
  );
}
