"use client";

import { useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import type { FieldErrors, FieldValues } from "react-hook-form";
import { fieldId } from "./fields";
import { useErrorText } from "./use-error-text";

function flatten(errors: FieldErrors, prefix = ""): { name: string; message?: string }[] {
  return Object.entries(errors).flatMap(([key, value]) => {
    const name = prefix ? `${prefix}.${key}` : key;
    if (!value || typeof value !== "object") return [];
    if ("message" in value && typeof value.message === "string") return [{ name, message: value.message }];
    return flatten(value as FieldErrors, name);
  });
}

/**
 * GOV.UK's error summary: at the top of the form, focused when it appears,
 * each error a link to its field. `labels` names the fields. It appears once
 * the form has been submitted (or the server answered with an error): a field
 * left empty shows its own error, and a box appearing above the form while
 * the user fills it in would push the page down under their pointer.
 */
export function ErrorSummary<V extends FieldValues>({
  errors,
  serverError,
  labels,
  submitCount,
}: {
  errors: FieldErrors<V>;
  serverError: string | null;
  labels: Record<string, string>;
  submitCount: number;
}) {
  const t = useTranslations("common");
  const errorText = useErrorText();
  const ref = useRef<HTMLDivElement>(null);
  const items = flatten(errors as FieldErrors).filter((e) => e.name !== "root");
  const visible = (submitCount > 0 && items.length > 0) || Boolean(serverError);
  // Focus moves here after a submit only: an error shown when leaving a field must not steal focus.
  useEffect(() => {
    if (submitCount > 0 || serverError) ref.current?.focus();
  }, [submitCount, serverError]);
  if (!visible) return null;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby="error-summary-title"
      className="mb-6 rounded-md border-2 border-red-700 bg-white p-4"
    >
      <h2 id="error-summary-title" className="text-base font-semibold text-red-900">
        {t("errorSummaryTitle")}
      </h2>
      {serverError ? <p className="mt-1 text-sm text-slate-800">{serverError}</p> : null}
      {items.length > 0 ? (
        <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
          {items.map((item) => (
            <li key={item.name}>
              <a href={`#${fieldId(item.name)}`} className="font-medium text-red-800 underline">
                {labels[item.name] ? `${labels[item.name]}: ` : ""}
                {errorText(item.message)}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
