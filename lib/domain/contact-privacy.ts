/**
 * A contact's personal details (issue 13): the person's name, email, phone and
 * languages are for the record's own office and its administrators
 * (canSeeContactDetails); everyone else sees the side, the office and the role.
 */
export const CONTACT_PERSONAL_FIELDS = ["personName", "email", "phone", "languages"] as const;

type Personal = (typeof CONTACT_PERSONAL_FIELDS)[number];

/** What an out-of-scope reader may see of a contact: the same record with its personal fields emptied. */
export type ContactForReader<T> = Omit<T, Personal> & { [K in Personal]: string | null };

/** The contact as the viewer may see it: whole with `personal`, else without its personal fields. */
export function contactForReader<T extends { [K in Personal]?: string | null }>(c: T, personal: boolean): ContactForReader<T> {
  if (personal) return c as ContactForReader<T>;
  return { ...c, personName: null, email: null, phone: null, languages: null };
}

/** An audit snapshot of a contact without its personal fields (the history of a partnership read by another office). */
export function auditSnapshotForReader(snapshot: Record<string, unknown> | null, personal: boolean): Record<string, unknown> | null {
  if (personal || !snapshot) return snapshot;
  return Object.fromEntries(Object.entries(snapshot).filter(([field]) => !(CONTACT_PERSONAL_FIELDS as readonly string[]).includes(field)));
}

type HistoryEntry = { entityType: string; before: Record<string, unknown> | null; after: Record<string, unknown> | null };

/** A partnership's history as the reader may see it: its contacts' changes without their personal fields. */
export function historyForReader<E extends HistoryEntry>(entries: E[], personal: boolean): E[] {
  if (personal) return entries;
  return entries.map((e) =>
    e.entityType === "contact"
      ? { ...e, before: auditSnapshotForReader(e.before, false), after: auditSnapshotForReader(e.after, false) }
      : e,
  );
}

/** The history's record labels as the reader may see them: a contact named by their office, not their name. */
export function historyLabelsForReader<L extends { name: string; detail: string | null }>(
  labels: Map<string, L>,
  personal: boolean,
): Map<string, L> {
  if (personal) return labels;
  return new Map(
    [...labels].map(([key, label]) => [key, key.startsWith("contact:") ? { ...label, name: label.detail ?? "—", detail: null } : label]),
  );
}
