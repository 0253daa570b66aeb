"use client";

import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import { FieldError, FieldHint, FieldLabel, RequiredMark } from "./field-parts";
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

function describedBy(hint: string | undefined, hintId: string, error: string | null, errorId: string) {
  return [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(" ") || undefined;
}

/**
 * A labelled single control: the frame (label, hint, error) to wrap it in and the props its
 * input, textarea or select takes (id, class, ARIA state and the form registration).
 */
function useLabelledControl<V extends FieldValues>(props: Base<V>) {
  const s = useFieldState(props.form, props.name);
  const control = {
    id: s.id,
    className: "input",
    "aria-required": props.required || undefined,
    "aria-invalid": s.error ? true : undefined,
    "aria-describedby": describedBy(props.hint, s.hintId, s.error, s.errorId),
    ...props.form.register(props.name),
  };
  const frame = (children: React.ReactNode) => (
    <div className={props.className}>
      <FieldLabel htmlFor={s.id} label={props.label} required={props.required} />
      <FieldHint id={s.hintId} hint={props.hint} />
      {children}
      <FieldError id={s.errorId} error={s.error} />
    </div>
  );
  return { control, frame };
}

export function TextField<V extends FieldValues>(
  props: Base<V> & {
    type?: "text" | "email" | "password" | "date" | "number" | "tel";
    autoComplete?: string;
    placeholder?: string;
    inputMode?: "numeric" | "decimal";
  },
) {
  const { control, frame } = useLabelledControl(props);
  return frame(
    <input
      type={props.type ?? "text"}
      autoComplete={props.autoComplete}
      placeholder={props.placeholder}
      inputMode={props.inputMode}
      {...control}
    />,
  );
}

export function TextAreaField<V extends FieldValues>(props: Base<V> & { rows?: number }) {
  const { control, frame } = useLabelledControl(props);
  return frame(<textarea rows={props.rows ?? 4} {...control} />);
}

export type Option = { value: string; label: string };

export function SelectField<V extends FieldValues>(props: Base<V> & { options: Option[]; placeholder?: string }) {
  const { control, frame } = useLabelledControl(props);
  return frame(
    <select {...control}>
      {props.placeholder !== undefined ? <option value="">{props.placeholder}</option> : null}
      {props.options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>,
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
        <RequiredMark required={props.required} />
      </legend>
      <FieldHint id={s.hintId} hint={props.hint} />
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
      <FieldError id={s.errorId} error={s.error} />
    </fieldset>
  );
}
