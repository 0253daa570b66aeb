"use client";

import { useId, useRef, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { searchLocalitiesAction } from "@/app/(app)/localities/actions";
import { FieldError, FieldHint, FieldLabel } from "@/components/forms/field-parts";
import { useTimeout } from "@/components/ui/use-timeout";
import type { LocalityOption } from "@/db/queries/localities";
import { localityLabel as nameLabel } from "@/lib/domain/locality-name";
import { NewLocalityDialog } from "./new-locality-dialog";
import type { LocalityChoices } from "./locality-fields";

type Props = {
  id: string;
  label: string;
  hint?: string;
  error?: string | null;
  required?: boolean;
  side: "ours" | "partner";
  provinceCode?: string;
  value: LocalityOption | null;
  onChange: (value: LocalityOption | null) => void;
  /** Offer "create a new locality" when nothing fits (needs the choices for its form). */
  create?: LocalityChoices;
};

/** A type-ahead over the directory (ARIA combobox), with inline creation of a missing locality. */
export function LocalityPicker(props: Props) {
  const t = useTranslations("partnerships.picker");
  const locale = useLocale();
  // The interface language's name first, the others beside it: 神户市（神戸市 · Kobe）/ Kobe (神戸市).
  const localityLabel = (o: LocalityOption) => nameLabel(o, locale);
  const listId = useId();
  const [query, setQuery] = useState("");
  const [options, setOptions] = useState<LocalityOption[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [searched, setSearched] = useState("");
  const [creating, setCreating] = useState(false);
  const timer = useTimeout();
  const inputRef = useRef<HTMLInputElement>(null);

  const search = (q: string) => {
    timer.cancel();
    if (!q.trim()) {
      setOptions([]);
      setSearched("");
      return;
    }
    timer.schedule(async () => {
      const result = await searchLocalitiesAction({
        q,
        side: props.side,
        ...(props.provinceCode ? { provinceCode: props.provinceCode } : {}),
      });
      setOptions(result.ok ? result.data : []);
      setSearched(q);
      setActive(-1);
      setOpen(true);
    }, 200);
  };
  const choose = (option: LocalityOption) => {
    props.onChange(option);
    setOpen(false);
    setQuery("");
    setOptions([]);
  };
  const describedBy =
    [props.hint ? `${props.id}-hint` : null, props.error ? `${props.id}-error` : null].filter(Boolean).join(" ") || undefined;

  return (
    <div>
      <FieldLabel htmlFor={props.id} label={props.label} required={props.required} />
      <FieldHint id={`${props.id}-hint`} hint={props.hint} />
      {props.value ? (
        <div
          className="flex flex-wrap items-center gap-3 rounded-md border border-slate-300 bg-slate-50 px-3 py-2 text-sm"
          data-testid={`picked-${props.side}`}
        >
          <span className="font-medium text-slate-900">{localityLabel(props.value)}</span>
          {props.value.place ? <span className="text-slate-600">{props.value.place}</span> : null}
          <button
            id={props.id}
            type="button"
            className="btn-link ml-auto"
            aria-describedby={describedBy}
            onClick={() => {
              props.onChange(null);
              setTimeout(() => document.getElementById(`${props.id}-search`)?.focus(), 0);
            }}
          >
            {t("change", { name: localityLabel(props.value) })}
          </button>
        </div>
      ) : (
        <div className="relative">
          <input
            ref={inputRef}
            id={props.id}
            type="text"
            role="combobox"
            autoComplete="off"
            className="input"
            placeholder={t("placeholder")}
            aria-required={props.required || undefined}
            aria-invalid={props.error ? true : undefined}
            aria-describedby={describedBy}
            aria-autocomplete="list"
            aria-expanded={open}
            aria-controls={listId}
            aria-activedescendant={open && active >= 0 ? `${listId}-${active}` : undefined}
            value={query}
            maxLength={100}
            onChange={(e) => {
              setQuery(e.target.value);
              search(e.target.value);
            }}
            onKeyDown={(e) => {
              if (e.key === "ArrowDown" && options.length) {
                e.preventDefault();
                setOpen(true);
                setActive((a) => (a + 1) % options.length);
              } else if (e.key === "ArrowUp" && options.length) {
                e.preventDefault();
                setActive((a) => (a <= 0 ? options.length - 1 : a - 1));
              } else if (e.key === "Enter" && open) {
                e.preventDefault();
                const option = options[active] ?? (options.length === 1 ? options[0] : undefined);
                if (option) choose(option);
              } else if (e.key === "Escape") {
                setOpen(false);
              }
            }}
            onBlur={() => setTimeout(() => setOpen(false), 150)}
          />
          <ul
            id={listId}
            role="listbox"
            aria-label={props.label}
            hidden={!open || options.length === 0}
            className="absolute z-20 mt-1 max-h-72 w-full overflow-auto rounded-md border border-slate-300 bg-white py-1 shadow-lg"
          >
            {options.map((o, i) => (
              <li
                key={o.id}
                id={`${listId}-${i}`}
                role="option"
                aria-selected={i === active}
                className={`cursor-pointer px-3 py-1.5 text-sm ${i === active ? "bg-brand-100" : "hover:bg-slate-100"}`}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => choose(o)}
              >
                <span className="font-medium">{localityLabel(o)}</span>
                <span className="ml-2 text-slate-600">{[o.place, o.countryCode].filter(Boolean).join(" · ")}</span>
              </li>
            ))}
          </ul>
          <p className="sr-only" aria-live="polite">
            {searched ? t("results", { count: options.length }) : ""}
          </p>
          {searched && options.length === 0 ? <p className="field-hint">{t("noMatch", { q: searched })}</p> : null}
        </div>
      )}
      <FieldError id={`${props.id}-error`} error={props.error} />
      {props.create && !props.value ? (
        <button type="button" className="btn-link mt-1" onClick={() => setCreating(true)}>
          {t("createNew")}
        </button>
      ) : null}
      {creating && props.create ? (
        <NewLocalityDialog
          side={props.side}
          choices={props.create}
          initialName={query}
          onCancel={() => {
            setCreating(false);
            inputRef.current?.focus();
          }}
          onCreated={(option) => {
            setCreating(false);
            choose(option);
          }}
        />
      ) : null}
    </div>
  );
}
