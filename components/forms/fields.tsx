"use client";

import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import { useErrorText } from "./use-error-text";

// The form's transformed output type does not matter to a field.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyForm<V extends FieldValues> = UseFormReturn<V, any, any>;

type Base<V extends FieldValues> = {
  form: AnyForm<V>;
  name: Path<V>;
  label: string;
  hint?: string;
  required?: boolean;
  className?: string;
};

/** The id of a field's input, used by labels and by the error summary's links. */
export const fieldId = (name: string) => `field-${name.replace(/[^a-zA-Z0-9_-]/g, "-")}`;

function useFieldState<V extends FieldValues>(form: Base<V>["form"], name: Path<V>) {
  const errorText = useErrorText();
  const message = name.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], form.formState.errors) as
    { message?: string } | undefined;
  const id = fieldId(name);
  return { id, errorId: `${id}-error`, hintId: `${id}-hint`, error: message ? errorText(message.message) : null };
}

function Frame({
  id,
  label,
  hint,
  hintId,
  error,
  errorId,
  required,
  className,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  hintId: string;
  error: string | null;
  errorId: string;
  required?: boolean;
  className?: string;
  children: React.ReactNode;
}) {
  return (
    <div className={className}>
      <label htmlFor={id} className="field-label">
        {label}
        {required ? (
          <span aria-hidden="true" className="text-red-800">
            {" "}
            *
          </span>
        ) : null}
      </label>
      {hint ? (
        <p id={hintId} className="field-hint -mt-0.5 mb-1">
          {hint}
        </p>
      ) : null}
      {children}
      {error ? (
        <p id={errorId} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}

function describedBy(hint: string | undefined, hintId: string, error: string | null, errorId: string) {
  return [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(" ") || undefined;
}

export function TextField<V extends FieldValues>(
  props: Base<V> & {
    type?: "text" | "email" | "password" | "date" | "number" | "tel";
    autoComplete?: string;
    placeholder?: string;
    inputMode?: "numeric" | "decimal";
  },
) {
  const s = useFieldState(props.form, props.name);
  return (
    <Frame {...s} label={props.label} hint={props.hint} required={props.required} className={props.className}>
      <input
        id={s.id}
        type={props.type ?? "text"}
        className="input"
        autoComplete={props.autoComplete}
        placeholder={props.placeholder}
        inputMode={props.inputMode}
        aria-required={props.required || undefined}
        aria-invalid={s.error ? true : undefined}
        aria-describedby={describedBy(props.hint, s.hintId, s.error, s.errorId)}
        {...props.form.register(props.name)}
      />
    </Frame>
  );
}

export function TextAreaField<V extends FieldValues>(props: Base<V> & { rows?: number }) {
  const s = useFieldState(props.form, props.name);
  return (
    <Frame {...s} label={props.label} hint={props.hint} required={props.required} className={props.className}>
      <textarea
        id={s.id}
        rows={props.rows ?? 4}
        className="input"
        aria-required={props.required || undefined}
        aria-invalid={s.error ? true : undefined}
        aria-describedby={describedBy(props.hint, s.hintId, s.error, s.errorId)}
        {...props.form.register(props.name)}
      />
    </Frame>
  );
}

export type Option = { value: string; label: string };

export function SelectField<V extends FieldValues>(props: Base<V> & { options: Option[]; placeholder?: string }) {
  const s = useFieldState(props.form, props.name);
  return (
    <Frame {...s} label={props.label} hint={props.hint} required={props.required} className={props.className}>
      <select
        id={s.id}
        className="input"
        aria-required={props.required || undefined}
        aria-invalid={s.error ? true : undefined}
        aria-describedby={describedBy(props.hint, s.hintId, s.error, s.errorId)}
        {...props.form.register(props.name)}
      >
        {props.placeholder !== undefined ? <option value="">{props.placeholder}</option> : null}
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Frame>
  );
}

/**
 * A choice among a few options, as a fieldset: radio buttons for one value, or with `multiple`
 * checkboxes whose value is an array of the checked values. The fieldset's legend names the question.
 */
export function ChoiceGroupField<V extends FieldValues>(props: Base<V> & { options: Option[]; multiple?: boolean }) {
  const s = useFieldState(props.form, props.name);
  return (
    <fieldset className={props.className} aria-describedby={describedBy(props.hint, s.hintId, s.error, s.errorId)}>
      <legend className="field-label">
        {props.label}
        {props.required ? (
          <span aria-hidden="true" className="text-red-800">
            {" "}
            *
          </span>
        ) : null}
      </legend>
      {props.hint ? (
        <p id={s.hintId} className="field-hint -mt-0.5 mb-1">
          {props.hint}
        </p>
      ) : null}
      <div id={s.id} className="mt-1 space-y-1.5">
        {props.options.map((o) => (
          <label key={o.value} className="flex items-start gap-2 text-sm text-slate-800">
            <input
              type={props.multiple ? "checkbox" : "radio"}
              value={o.value}
              className="mt-0.5 h-4 w-4 accent-brand-700"
              {...props.form.register(props.name)}
            />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
      {s.error ? (
        <p id={s.errorId} className="field-error">
          {s.error}
        </p>
      ) : null}
    </fieldset>
  );
}
