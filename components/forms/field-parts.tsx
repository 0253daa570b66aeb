/** The pieces every labelled field shows: its label (with the required mark), its hint and its error. */

export function FieldLabel({ htmlFor, label, required }: { htmlFor: string; label: string; required?: boolean }) {
  return (
    <label htmlFor={htmlFor} className="field-label">
      {label}
      <RequiredMark required={required} />
    </label>
  );
}

export function RequiredMark({ required }: { required?: boolean }) {
  return required ? (
    <span aria-hidden="true" className="text-red-800">
      {" "}
      *
    </span>
  ) : null;
}

export function FieldHint({ id, hint }: { id: string; hint?: string }) {
  return hint ? (
    <p id={id} className="field-hint -mt-0.5 mb-1">
      {hint}
    </p>
  ) : null;
}

export function FieldError({ id, error }: { id?: string; error?: string | null }) {
  return error ? (
    <p id={id} className="field-error">
      {error}
    </p>
  ) : null;
}
