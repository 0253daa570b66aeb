"use client";

import { useRouter } from "next/navigation";
import type { FieldValues } from "react-hook-form";
import type { StaleDetails } from "@/lib/errors/app-error";
import { ErrorSummary } from "./error-summary";
import type { AnyForm } from "./fields";
import { StaleNotice } from "./stale-notice";

/**
 * What a form shows above its fields after a save: the notice that someone saved first (its
 * button reloads the record, or with `reloadPage` the whole page) and the error summary.
 */
export function FormNotices<V extends FieldValues>({
  form,
  stale,
  setStale,
  serverError,
  labels,
  formatValue,
  reloadPage,
}: {
  form: AnyForm<V>;
  stale: StaleDetails | null;
  setStale?: (stale: StaleDetails | null) => void;
  serverError: string | null;
  labels: Record<string, string>;
  formatValue?: (field: string, value: unknown) => string;
  reloadPage?: boolean;
}) {
  const router = useRouter();
  const reload = () => {
    if (reloadPage) {
      window.location.reload();
      return;
    }
    setStale?.(null);
    router.refresh();
  };
  return (
    <>
      {stale ? <StaleNotice stale={stale} labels={labels} formatValue={formatValue} onReload={reload} /> : null}
      <ErrorSummary errors={form.formState.errors} serverError={serverError} labels={labels} submitCount={form.formState.submitCount} />
    </>
  );
}
