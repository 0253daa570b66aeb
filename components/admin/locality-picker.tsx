"use client";

import { useId, useRef, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { searchLocalitiesAction } from "@/app/(app)/admin/users/actions";
import { FieldHint, FieldLabel } from "@/components/forms/field-parts";
import { fieldId } from "@/components/forms/fields";
import { useTimeout } from "@/components/ui/use-timeout";
import type { LocalityOption } from "@/db/queries/users-admin";
import { localityNames } from "@/lib/domain/locality-name";

/** 天津市 · Tianjin / Tianjin · 天津市: the reader's language first (lib/domain/locality-name.ts). */
const optionNames = (o: LocalityOption, locale: string) => localityNames(o, locale);
const optionLabel = (o: LocalityOption, locale: string) => {
  const { primary, secondary } = optionNames(o, locale);
  return [primary, ...secondary].join(" · ");
};

/**
 * A type-ahead over the localities on our side (an ARIA 1.2 combobox): type a
 * name in either script, choose with the arrow keys and Enter, or the mouse.
 */
export function LocalityPicker({
  label,
  hint,
  value,
  initialName,
  error,
  required,
  onChange,
}: {
  label: string;
  hint: string;
  value: number | null;
  initialName: string | null;
  error: string | null;
  required?: boolean;
  onChange: (id: number | null) => void;
}) {
  const t = useTranslations("admin.picker");
  const locale = useLocale();
  const id = fieldId("localityId");
  const listId = useId();
  const [text, setText] = useState(initialName ?? "");
  const [chosen, setChosen] = useState<string | null>(value !== null ? initialName : null);
  const [options, setOptions] = useState<LocalityOption[] | null>(null);
  const [active, setActive] = useState(-1);
  const [failed, setFailed] = useState(false);
  const request = useRef(0);
  const timer = useTimeout();

  const search = (q: string) => {
    timer.cancel();
    if (!q.trim()) return setOptions(null);
    timer.schedule(async () => {
      const mine = ++request.current;
      const result = await searchLocalitiesAction({ q });
      if (mine !== request.current) return;
      setFailed(!result.ok);
      setOptions(result.ok ? result.data : []);
      setActive(-1);
    }, 250);
  };
  const choose = (o: LocalityOption) => {
    setText(optionLabel(o, locale));
    setChosen(optionLabel(o, locale));
    setOptions(null);
    onChange(o.id);
  };
  const open = options !== null;
  const describedBy = [`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(" ");

  return (
    <div className="relative">
      <FieldLabel htmlFor={id} label={label} required={required} />
      <FieldHint id={`${id}-hint`} hint={hint} />
      <input
        id={id}
        type="text"
        role="combobox"
        autoComplete="off"
        className="input"
        value={text}
        maxLength={100}
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open && active >= 0 ? `${listId}-${active}` : undefined}
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(e) => {
          setText(e.target.value);
          if (chosen !== null) {
            setChosen(null);
            onChange(null);
          }
          search(e.target.value);
        }}
        onKeyDown={(e) => {
          if (!options?.length) return;
          if (e.key === "ArrowDown" || e.key === "ArrowUp") {
            e.preventDefault();
            const step = e.key === "ArrowDown" ? 1 : -1;
            setActive((i) => (i + step + options.length) % options.length);
          } else if (e.key === "Enter" && active >= 0 && options[active]) {
            e.preventDefault();
            choose(options[active]);
          } else if (e.key === "Escape") {
            setOptions(null);
          }
        }}
        onBlur={() => setTimeout(() => setOptions(null), 150)}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label={label}
        hidden={!open || options.length === 0}
        className="absolute z-20 mt-1 max-h-72 w-full overflow-auto rounded-md border border-slate-300 bg-white py-1 shadow-lg"
      >
        {(options ?? []).map((o, i) => (
          <li
            key={o.id}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            className={`cursor-pointer px-3 py-1.5 text-sm ${i === active ? "bg-brand-700 text-white" : "text-slate-900 hover:bg-slate-100"}`}
            onMouseDown={(e) => {
              e.preventDefault();
              choose(o);
            }}
          >
            {optionNames(o, locale).primary}{" "}
            {optionNames(o, locale).secondary.map((n) => (
              <span key={n} lang={n === o.nameLocal ? "zh-CN" : undefined} className={i === active ? "text-white" : "text-slate-600"}>
                · {n}
              </span>
            ))}
          </li>
        ))}
      </ul>
      <p aria-live="polite" className="sr-only">
        {failed ? t("failed") : open ? t("results", { count: options.length }) : chosen ? t("selected", { name: chosen }) : ""}
      </p>
      {open && options.length === 0 ? <p className="field-hint">{failed ? t("failed") : t("noMatches")}</p> : null}
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
