"use client";

import { useFieldArray, type ArrayPath, type FieldValues } from "react-hook-form";
import { fieldId, type AnyForm } from "@/components/forms/fields";
import { useErrorText } from "@/components/forms/use-error-text";

type Column = { key: string; label: string; type?: "text" | "date"; required?: boolean; width?: string };

/**
 * An editable list of small records (members, itinerary items): one row of
 * inputs each, add and remove buttons, every input labelled with its row.
 */
export function RowListEditor<V extends FieldValues>({
  form,
  name,
  legend,
  columns,
  empty,
  addLabel,
  removeLabel,
  rowLabel,
  blank,
  max,
}: {
  form: AnyForm<V>;
  name: ArrayPath<V>;
  legend: string;
  columns: Column[];
  empty: string;
  addLabel: string;
  removeLabel: (n: number) => string;
  rowLabel: (n: number, field: string) => string;
  blank: Record<string, string>;
  max: number;
}) {
  const { fields, append, remove } = useFieldArray({ control: form.control, name });
  const errorText = useErrorText();
  const errors = form.formState.errors as Record<string, unknown>;
  const rowErrors = (errors[name] ?? []) as Record<string, { message?: string } | undefined>[];
  return (
    <fieldset className="card space-y-3 p-5">
      <legend className="px-1 text-base font-semibold">{legend}</legend>
      {fields.length === 0 ? <p className="text-sm text-slate-600">{empty}</p> : null}
      <ol className="space-y-3">
        {fields.map((field, i) => (
          <li
            key={field.id}
            className="grid items-start gap-2 rounded-md border border-slate-200 p-3 sm:grid-cols-[repeat(auto-fit,minmax(9rem,1fr))_auto]"
          >
            {columns.map((c) => {
              const path = `${name}.${i}.${c.key}`;
              const message = rowErrors[i]?.[c.key]?.message;
              return (
                <div key={c.key}>
                  <label htmlFor={fieldId(path)} className="field-label">
                    {rowLabel(i + 1, c.label)}
                    {c.required ? (
                      <span aria-hidden="true" className="text-red-800">
                        {" "}
                        *
                      </span>
                    ) : null}
                  </label>
                  <input
                    id={fieldId(path)}
                    type={c.type ?? "text"}
                    className="input"
                    aria-required={c.required || undefined}
                    aria-invalid={message ? true : undefined}
                    aria-describedby={message ? `${fieldId(path)}-error` : undefined}
                    {...form.register(path as never)}
                  />
                  {message ? (
                    <p id={`${fieldId(path)}-error`} className="field-error">
                      {errorText(message)}
                    </p>
                  ) : null}
                </div>
              );
            })}
            <button type="button" className="btn-link self-end pb-2 text-red-800" onClick={() => remove(i)} aria-label={removeLabel(i + 1)}>
              <span aria-hidden="true">×</span>
            </button>
          </li>
        ))}
      </ol>
      {fields.length < max ? (
        <button type="button" className="btn-secondary" onClick={() => append(blank as never)}>
          {addLabel}
        </button>
      ) : null}
    </fieldset>
  );
}
