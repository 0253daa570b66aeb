"use client";

import { useUrlParams } from "@/components/data-table/use-url-params";

/** The "show archived" switch of a list (`archived=1`). */
export function ArchivedFilter({ label }: { label: string }) {
  const { searchParams, setParams } = useUrlParams();
  return (
    <label className="flex items-center gap-2 self-end pb-2 text-sm text-slate-800">
      <input
        type="checkbox"
        className="h-4 w-4 accent-brand-700"
        checked={searchParams.get("archived") === "1"}
        onChange={(e) => setParams({ archived: e.target.checked ? "1" : null })}
      />
      {label}
    </label>
  );
}
