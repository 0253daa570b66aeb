"use client";

import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import { partnershipContactsAction } from "@/app/(app)/contacts/actions";
import type { ContactSide } from "@/lib/domain/enums";

type Contact = { id: number; partnershipId: number; personName: string | null; office: string | null; side: ContactSide };

/**
 * The registry contacts who took part in an activity, picked among the
 * contacts of the partnerships the form has chosen (grouped by partnership).
 * Contacts of a partnership taken off the form are dropped from the choice.
 */
export function ContactChecklist({
  id,
  partnerships,
  value,
  onChange,
  error,
}: {
  id: string;
  partnerships: { id: number; label: string }[];
  value: number[];
  onChange: (ids: number[]) => void;
  error?: string | null;
}) {
  const t = useTranslations("contacts.picker");
  const te = useTranslations("enums");
  const [contacts, setContacts] = useState<Contact[] | null>(null);
  const key = partnerships.map((p) => p.id).join(",");
  useEffect(() => {
    let live = true;
    const ids = key ? key.split(",").map(Number) : [];
    void partnershipContactsAction({ partnershipIds: ids }).then((result) => {
      if (!live) return;
      const loaded = result.ok ? result.data : [];
      setContacts(loaded);
      const kept = value.filter((v) => loaded.some((c) => c.id === v));
      if (kept.length !== value.length) onChange(kept);
    });
    return () => {
      live = false;
    };
    // Only a change of partnerships reloads; the choice itself is not a reason to ask again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  const toggle = (contactId: number, on: boolean) => onChange(on ? [...value, contactId] : value.filter((v) => v !== contactId));
  return (
    <fieldset id={id} aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}>
      <legend className="field-label">{t("label")}</legend>
      <p id={`${id}-hint`} className="field-hint">
        {partnerships.length === 0 ? t("choosePartnerships") : contacts && contacts.length === 0 ? t("none") : t("hint")}
      </p>
      {partnerships.map((p) => {
        const own = (contacts ?? []).filter((c) => c.partnershipId === p.id);
        if (own.length === 0) return null;
        return (
          <div key={p.id} className="mt-2">
            <p className="text-sm font-medium text-slate-800">{p.label}</p>
            <ul className="mt-1 grid gap-1 sm:grid-cols-2">
              {own.map((c) => (
                <li key={c.id}>
                  <label className="flex items-start gap-2 text-sm">
                    <input
                      type="checkbox"
                      className="mt-1"
                      checked={value.includes(c.id)}
                      onChange={(e) => toggle(c.id, e.target.checked)}
                    />
                    <span>
                      {c.personName ?? "—"}
                      <span className="text-slate-600">
                        {c.office ? ` · ${c.office}` : ""} ({te(`contactSide.${c.side}`)})
                      </span>
                    </span>
                  </label>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
