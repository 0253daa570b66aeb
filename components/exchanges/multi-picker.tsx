"use client";

import { useId, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { FieldError, FieldHint, FieldLabel } from "@/components/forms/field-parts";
import { useTimeout } from "@/components/ui/use-timeout";

/** `meta` and `group` carry what a form needs besides the label (our locality's id and name). */
export type PickerOption = { id: number; label: string; meta?: number; group?: string };

/**
 * A type-ahead that picks several records (an ARIA combobox with a listbox):
 * type, move with the arrow keys, Enter picks, Escape closes, Backspace in
 * an empty box removes the last choice. The chosen ones are listed below.
 */
export function MultiPicker(props: {
  id: string;
  label: string;
  hint?: string;
  error?: string | null;
  required?: boolean;
  value: PickerOption[];
  onChange: (next: PickerOption[]) => void;
  search: (q: string) => Promise<PickerOption[] | null>;
  noResultsText: string;
  autoFocus?: boolean;
  onBlur?: () => void;
}) {
  const t = useTranslations("activities.picker");
  const listId = useId();
  const [query, setQuery] = useState("");
  const [results, setResults] = useState<PickerOption[]>([]);
  /** The query the shown results answer: Enter must not pick from an older one's list. */
  const [resultsFor, setResultsFor] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [failed, setFailed] = useState(false);
  const request = useRef(0);
  const timer = useTimeout();

  const chosen = new Set(props.value.map((o) => o.id));
  // Only the answer to the text as it stands is offered: Enter never picks from an earlier text's list.
  const visible = resultsFor === query ? results.filter((r) => !chosen.has(r.id)) : [];

  function runSearch(q: string) {
    timer.schedule(async () => {
      const n = ++request.current;
      const found = await props.search(q);
      if (n !== request.current) return;
      setFailed(found === null);
      setResults(found ?? []);
      setResultsFor(q);
      setActive(0);
      setOpen(true);
    }, 150);
  }

  function pick(option: PickerOption) {
    props.onChange([...props.value, option]);
    setQuery("");
    setOpen(false);
    setResults([]);
    setResultsFor(null);
  }

  function onKeyDown(e: React.KeyboardEvent<HTMLInputElement>) {
    if (e.key === "ArrowDown") {
      e.preventDefault();
      if (!open) runSearch(query);
      else setActive((a) => Math.min(a + 1, Math.max(visible.length - 1, 0)));
    } else if (e.key === "ArrowUp") {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (e.key === "Enter" && resultsFor !== query) {
      // Typed faster than the search answered: nothing is offered yet, and the form is not sent either.
      e.preventDefault();
    } else if (e.key === "Enter" && open && visible[active]) {
      e.preventDefault();
      pick(visible[active]);
    } else if (e.key === "Escape" && open) {
      e.preventDefault();
      setOpen(false);
    } else if (e.key === "Backspace" && query === "" && props.value.length > 0) {
      props.onChange(props.value.slice(0, -1));
    }
  }

  const hintId = `${props.id}-hint`;
  const errorId = `${props.id}-error`;
  const activeId = open && visible[active] ? `${listId}-${visible[active].id}` : undefined;
  return (
    <div>
      <FieldLabel htmlFor={props.id} label={props.label} required={props.required} />
      <FieldHint id={hintId} hint={props.hint} />
      <div className="mb-2" aria-live="polite">
        {props.value.length === 0 ? (
          <p className="text-sm text-slate-600">{t("noneSelected")}</p>
        ) : (
          <ul aria-label={`${props.label}: ${t("selected")}`} className="flex flex-wrap gap-2">
            {props.value.map((o) => (
              <li
                key={o.id}
                className="inline-flex items-center gap-1 rounded-full border border-brand-600 bg-brand-50 py-0.5 pl-3 pr-1 text-sm text-brand-900"
              >
                <span>{o.label}</span>
                <button
                  type="button"
                  className="rounded-full px-1.5 text-base leading-none text-brand-800 hover:bg-brand-100"
                  aria-label={t("remove", { name: o.label })}
                  onClick={() => props.onChange(props.value.filter((v) => v.id !== o.id))}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="relative">
        <input
          id={props.id}
          type="text"
          role="combobox"
          autoComplete="off"
          className="input"
          autoFocus={props.autoFocus}
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={listId}
          aria-activedescendant={activeId}
          aria-required={props.required || undefined}
          aria-invalid={props.error ? true : undefined}
          aria-describedby={[props.hint ? hintId : null, props.error ? errorId : null].filter(Boolean).join(" ") || undefined}
          value={query}
          maxLength={100}
          onChange={(e) => {
            setQuery(e.target.value);
            runSearch(e.target.value);
          }}
          onFocus={() => runSearch(query)}
          onBlur={() => {
            setTimeout(() => setOpen(false), 150);
            props.onBlur?.();
          }}
          onKeyDown={onKeyDown}
        />
        <ul
          id={listId}
          role="listbox"
          aria-label={props.label}
          hidden={!open}
          className="absolute z-30 mt-1 max-h-72 w-full overflow-auto rounded-md border border-slate-300 bg-white py-1 shadow-lg"
        >
          {visible.length === 0 ? (
            <li role="option" aria-selected={false} aria-disabled="true" className="px-3 py-2 text-sm text-slate-600">
              {resultsFor !== query ? t("searching") : failed ? t("searchFailed") : props.noResultsText}
            </li>
          ) : (
            visible.map((o, i) => (
              <li
                key={o.id}
                id={`${listId}-${o.id}`}
                role="option"
                aria-selected={i === active}
                className={`cursor-pointer px-3 py-2 text-sm ${i === active ? "bg-brand-700 text-white" : "text-slate-900 hover:bg-slate-100"}`}
                onMouseDown={(e) => {
                  e.preventDefault();
                  pick(o);
                }}
              >
                {o.label}
              </li>
            ))
          )}
        </ul>
      </div>
      <p className="sr-only" aria-live="polite">
        {open ? t("results", { count: visible.length }) : ""}
      </p>
      <FieldError id={errorId} error={props.error} />
    </div>
  );
}
