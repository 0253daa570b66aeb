"use client";

import { useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { mergeLocalitiesAction } from "@/app/(app)/localities/actions";
import { ErrorSummary } from "@/components/forms/error-summary";
import { fieldId } from "@/components/forms/fields";
import { useActionForm } from "@/components/forms/use-action-form";
import { useErrorText } from "@/components/forms/use-error-text";
import type { LocalityOption } from "@/db/queries/localities";
import { localityLabel } from "@/lib/domain/locality-name";
import { mergeLocalitiesSchema } from "@/lib/validation/locality";
import { LocalityPicker } from "./locality-picker";

/** Merge this record (the source) into another record of the same place (the target). */
export function MergeForm({ source, side }: { source: { id: number; version: number; name: string }; side: "ours" | "partner" }) {
  const t = useTranslations("localities.merge");
  const locale = useLocale();
  const router = useRouter();
  const errorText = useErrorText();
  const [target, setTarget] = useState<LocalityOption | null>(null);
  const { form, submit, pending, serverError } = useActionForm({
    schema: mergeLocalitiesSchema,
    action: mergeLocalitiesAction,
    defaultValues: { sourceId: source.id, sourceVersion: source.version },
    onSuccess: (data) => router.push(`/localities/${data.into}?merged=1`),
  });
  const targetError = form.formState.errors.targetId?.message;
  return (
    <form noValidate onSubmit={submit} className="card max-w-2xl space-y-4 p-5">
      <ErrorSummary
        errors={form.formState.errors}
        serverError={serverError}
        labels={{ targetId: t("target"), sourceId: t("source") }}
        submitCount={form.formState.submitCount}
      />
      <LocalityPicker
        id={fieldId("targetId")}
        label={t("target")}
        hint={t("targetHint")}
        required
        side={side}
        value={target}
        error={targetError ? errorText(targetError) : null}
        onChange={(o) => {
          const chosen = o && o.id !== source.id ? o : null;
          setTarget(chosen);
          form.setValue("targetId", chosen ? chosen.id : (undefined as unknown as number));
          form.setValue("targetVersion", chosen?.version ?? (undefined as unknown as number));
        }}
      />
      {target ? (
        <p className="rounded-md border-2 border-amber-600 bg-amber-50 p-3 text-sm text-slate-900" data-testid="merge-summary">
          {t("confirm", { source: source.name, target: localityLabel(target, locale) })}
        </p>
      ) : null}
      <div className="flex gap-3">
        <button type="submit" className="btn-danger" disabled={pending || !target}>
          {t("submit")}
        </button>
        <Link href={`/localities/${source.id}`} className="btn-secondary">
          {t("cancel")}
        </Link>
      </div>
    </form>
  );
}
