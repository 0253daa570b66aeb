"use client";

import { useEffect, useRef } from "react";
import { createPortal } from "react-dom";
import { useTranslations } from "next-intl";
import { createLocalityAction } from "@/app/(app)/localities/actions";
import { ErrorSummary } from "@/components/forms/error-summary";
import { useActionForm } from "@/components/forms/use-action-form";
import type { LocalityOption } from "@/db/queries/localities";
import { localitySchema } from "@/lib/validation/locality";
import { EMPTY_LOCALITY, LocalityFields, useLocalityLabels, type LocalityChoices } from "./locality-fields";

/**
 * "Create a missing locality" from a picker: a modal dialog with its own form
 * (outside the page's form in the DOM), which chooses the new record.
 */
export function NewLocalityDialog({
  side,
  choices,
  initialName,
  onCancel,
  onCreated,
}: {
  side: "ours" | "partner";
  choices: LocalityChoices;
  initialName: string;
  onCancel: () => void;
  onCreated: (option: LocalityOption) => void;
}) {
  const t = useTranslations("partnerships.picker");
  const tc = useTranslations("common");
  const labels = useLocalityLabels();
  const ref = useRef<HTMLDialogElement>(null);
  const latin = /^[\p{Script=Latin}\p{N}\s'’.-]*$/u.test(initialName);
  const { form, submit, pending, serverError } = useActionForm({
    schema: localitySchema,
    action: createLocalityAction,
    defaultValues: {
      ...EMPTY_LOCALITY,
      countryCode: side === "ours" ? "CN" : "",
      nameLocal: latin ? "" : initialName,
      nameRomanised: latin ? initialName : "",
    },
    onSuccess: ({ id }) => {
      const v = form.getValues();
      onCreated({
        id,
        nameLocal: v.nameLocal.trim(),
        nameRomanised: v.nameRomanised.trim(),
        countryCode: v.countryCode,
        place: v.stateName?.trim() || null,
      });
    },
  });
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return createPortal(
    <dialog
      ref={ref}
      aria-labelledby="new-locality-title"
      className="m-auto w-full max-w-2xl rounded-lg p-0 shadow-xl backdrop:bg-slate-900/40"
      onCancel={onCancel}
    >
      <form
        noValidate
        className="p-6"
        onSubmit={(e) => {
          e.stopPropagation(); // React bubbles through the portal to the page's form
          void submit(e);
        }}
      >
        <h2 id="new-locality-title" className="mb-4">
          {t("newTitle")}
        </h2>
        <ErrorSummary errors={form.formState.errors} serverError={serverError} labels={labels} submitCount={form.formState.submitCount} />
        <LocalityFields
          form={form}
          choices={
            side === "ours"
              ? { ...choices, countries: choices.countries.filter((c) => c.value === "CN") }
              : { ...choices, countries: choices.countries.filter((c) => c.value !== "CN") }
          }
          compact
        />
        <div className="mt-6 flex gap-3">
          <button type="submit" className="btn-primary" disabled={pending}>
            {pending ? tc("saving") : t("newCreate")}
          </button>
          <button type="button" className="btn-secondary" onClick={onCancel}>
            {tc("cancel")}
          </button>
        </div>
      </form>
    </dialog>,
    document.body,
  );
}
