/** One field of an audited record, before and after a change. */
export type DiffRow = { field: string; before: unknown; after: unknown; changed: boolean };

// Bookkeeping every record carries; it changes on every save and tells the reader nothing.
const HIDDEN = new Set(["version", "updatedAt", "updatedBy"]);

const present = (v: unknown) => v !== null && v !== undefined;
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * The readable difference between two snapshots: for an update, the fields
 * that changed; for a creation or a deletion (one side missing), every field.
 */
export function auditDiff(before: Record<string, unknown> | null, after: Record<string, unknown> | null): DiffRow[] {
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])].filter((k) => !HIDDEN.has(k));
  const rows = keys.map((field) => ({
    field,
    before: before?.[field],
    after: after?.[field],
    changed: !same(before?.[field], after?.[field]),
  }));
  if (before && after) return rows.filter((r) => r.changed);
  return rows.filter((r) => present(r.before) || present(r.after));
}

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

export type ValueFormatters = {
  empty: string;
  yes: string;
  no: string;
  dateTime: (d: Date) => string;
  /** Enumerated values by field (role → "City staff"); undefined when the field has none. */
  enumLabel: (field: string, value: string) => string | undefined;
};

/** A stored value as a reader would say it: labels for enumerations, dates formatted, yes/no. */
export function formatAuditValue(field: string, value: unknown, f: ValueFormatters): string {
  if (value === null || value === undefined || value === "") return f.empty;
  if (typeof value === "boolean") return value ? f.yes : f.no;
  if (typeof value === "string") {
    if (ISO_DATE_TIME.test(value)) return f.dateTime(new Date(value));
    return f.enumLabel(field, value) ?? value;
  }
  if (typeof value === "number") return String(value);
  return JSON.stringify(value);
}

type DateTimeFormatter = { dateTime: (d: Date, options: { dateStyle: "medium"; timeStyle: "short" }) => string };

/** formatAuditValue as every audit view words it: "—" for nothing, the reader's yes/no, a medium date with a short time. */
export function auditValueFormatter(f: { yes: string; no: string; format: DateTimeFormatter; enumLabel: ValueFormatters["enumLabel"] }) {
  return (field: string, value: unknown) =>
    formatAuditValue(field, value, {
      empty: "—",
      yes: f.yes,
      no: f.no,
      dateTime: (d) => f.format.dateTime(d, { dateStyle: "medium", timeStyle: "short" }),
      enumLabel: f.enumLabel,
    });
}
