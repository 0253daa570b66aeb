"use client";

import { useTranslations } from "next-intl";

/** Choose which columns show and in what order (kept in the URL by the table). */
export function ColumnChooser({
  columns,
  chosen,
  onChange,
}: {
  columns: { id: string; label: string }[];
  chosen: string[];
  onChange: (ids: string[]) => void;
}) {
  const t = useTranslations("common");
  const ordered = [...chosen, ...columns.map((c) => c.id).filter((id) => !chosen.includes(id))];
  const label = (id: string) => columns.find((c) => c.id === id)?.label ?? id;
  const move = (id: string, by: number) => {
    const next = [...chosen];
    const i = next.indexOf(id);
    const j = i + by;
    if (i < 0 || j < 0 || j >= next.length) return;
    [next[i], next[j]] = [next[j] as string, next[i] as string];
    onChange(next);
  };
  return (
    <details className="relative">
      <summary className="btn-secondary cursor-pointer list-none py-1.5">{t("columns")}</summary>
      <div className="absolute right-0 z-20 mt-1 w-72 rounded-md border border-slate-300 bg-white p-3 shadow-lg">
        <fieldset>
          <legend className="mb-2 text-sm font-semibold">{t("chooseColumns")}</legend>
          <ul className="space-y-1">
            {ordered.map((id) => {
              const shown = chosen.includes(id);
              return (
                <li key={id} className="flex items-center gap-2 text-sm">
                  <label className="flex flex-1 items-center gap-2">
                    <input
                      type="checkbox"
                      className="h-4 w-4 accent-brand-700"
                      checked={shown}
                      disabled={shown && chosen.length === 1}
                      onChange={() => onChange(shown ? chosen.filter((c) => c !== id) : [...chosen, id])}
                    />
                    {label(id)}
                  </label>
                  {shown ? (
                    <span className="flex gap-1">
                      <button
                        type="button"
                        className="rounded border border-slate-300 px-1.5 text-xs"
                        aria-label={t("moveUp", { column: label(id) })}
                        onClick={() => move(id, -1)}
                      >
                        ↑
                      </button>
                      <button
                        type="button"
                        className="rounded border border-slate-300 px-1.5 text-xs"
                        aria-label={t("moveDown", { column: label(id) })}
                        onClick={() => move(id, 1)}
                      >
                        ↓
                      </button>
                    </span>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </fieldset>
      </div>
    </details>
  );
}
