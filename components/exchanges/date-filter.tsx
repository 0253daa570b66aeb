"use client";

import { useUrlParams } from "@/components/data-table/use-url-params";
import { isoDate } from "@/lib/validation/iso-date";

/** A date bound to a URL parameter (YYYY-MM-DD); clearing it removes the parameter. */
export function DateFilter({ param, label, className }: { param: string; label: string; className?: string }) {
  const { searchParams, setParams } = useUrlParams();
  const id = `filter-${param}`;
  return (
    <div className={className}>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <input
        id={id}
        type="date"
        className="input"
        min="1949-01-01"
        max="2100-12-31"
        defaultValue={searchParams.get(param) ?? ""}
        onChange={(e) => {
          const v = e.target.value;
          if (v === "" || isoDate.safeParse(v).success) setParams({ [param]: v });
        }}
      />
    </div>
  );
}
