"use client";

import { useTranslations } from "next-intl";
import { groupChoices } from "@/lib/domain/option-groups";
import { useUrlParams } from "./use-url-params";

/** `group` (a locality's province) puts long lists under <optgroup>s. */
export type FilterOption = { value: string; label: string; group?: string | null };

/** A filter bound to a URL parameter; "All" removes it. */
export function FilterSelect({
  param,
  label,
  options,
  className,
  emptyLabel,
}: {
  param: string;
  label: string;
  options: FilterOption[];
  className?: string;
  /** What choosing nothing means here ("All" unless said: "No comparison"). */
  emptyLabel?: string;
}) {
  const t = useTranslations("common");
  const { searchParams, setParams } = useUrlParams();
  const id = `filter-${param}`;
  return (
    <div className={className}>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <select id={id} className="input" value={searchParams.get(param) ?? ""} onChange={(e) => setParams({ [param]: e.target.value })}>
        <option value="">{emptyLabel ?? t("all")}</option>
        {options.some((o) => o.group)
          ? groupChoices(options).map((g) => (
              <optgroup key={g.group ?? ""} label={g.group ?? "—"}>
                {g.options.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </optgroup>
            ))
          : options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
      </select>
    </div>
  );
}
