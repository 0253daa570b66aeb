"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import type { ImportOptions, UnrecognisedValue, ValueMap } from "@/lib/import/types";
import { JobProgressBar } from "./job-progress";
import { streamJob, type JobProgress } from "./stream-job";

export type MapField = { key: string; label: string; required: boolean };
export type Choice = { value: string; label: string };

type Props = {
  id: number;
  version: number;
  format: "csv" | "xlsx" | "xls";
  sheets: string[];
  encodings: string[];
  options: ImportOptions;
  rowCount: number;
  headers: string[];
  samples: string[][];
  fields: MapField[];
  mapping: Record<string, number>;
  valueMap: ValueMap;
  unrecognised: UnrecognisedValue[];
  /** What an unrecognised value of a field may be mapped to; absent: typed (dates, years). */
  choices: Record<string, Choice[]>;
};

const DELIMITERS = [
  [",", "comma"],
  [";", "semicolon"],
  ["\t", "tab"],
  ["|", "pipe"],
] as const;

/** Steps 1 and 2 (and the hand mapping of step 3): how the file is read, which column feeds each field, what unrecognised values mean. */
export function ReadAndMap(props: Props) {
  const t = useTranslations("imports");
  const router = useRouter();
  const [options, setOptions] = useState<ImportOptions>(props.options);
  const [mapping, setMapping] = useState<Record<string, number>>(props.mapping);
  const [valueMap, setValueMap] = useState<ValueMap>(props.valueMap);
  const [progress, setProgress] = useState<JobProgress | null>(null);
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const setColumn = (field: string, value: string) =>
    setMapping((m) => {
      const next = { ...m };
      delete next[field];
      if (value === "") return next;
      const column = Number(value);
      for (const [f, c] of Object.entries(next)) if (c === column) delete next[f];
      next[field] = column;
      return next;
    });
  const setMeaning = (field: string, raw: string, meaning: string) =>
    setValueMap((m) => {
      const forField = { ...(m[field] ?? {}) };
      if (meaning === "") delete forField[raw];
      else forField[raw] = meaning;
      return { ...m, [field]: forField };
    });

  async function preview() {
    setRunning(true);
    setError(null);
    setProgress(null);
    const result = await streamJob(`/api/imports/${props.id}/preview`, { version: props.version, options, mapping, valueMap }, setProgress);
    setRunning(false);
    if (!result.ok) setError(result.error ?? t("failed"));
    router.refresh();
  }

  const fieldLabel = new Map(props.fields.map((f) => [f.key, f.label]));
  return (
    <div className="space-y-6">
      <section aria-labelledby="read-title" className="card p-5">
        <h2 id="read-title" className="mb-3 text-base">
          {t("read.title")}
        </h2>
        <div className="flex flex-wrap items-end gap-4">
          <p className="text-sm">
            <span className="field-label block">{t("read.format")}</span>
            {props.format.toUpperCase()} · {t("read.rows", { count: props.rowCount })}
          </p>
          {props.format === "csv" ? (
            <>
              <label className="text-sm">
                <span className="field-label block">{t("read.encoding")}</span>
                <select
                  className="input"
                  value={options.encoding ?? ""}
                  onChange={(e) => setOptions({ ...options, encoding: e.target.value })}
                >
                  {props.encodings.map((enc) => (
                    <option key={enc} value={enc}>
                      {enc.toUpperCase()}
                    </option>
                  ))}
                </select>
              </label>
              <label className="text-sm">
                <span className="field-label block">{t("read.delimiter")}</span>
                <select
                  className="input"
                  value={options.delimiter ?? ","}
                  onChange={(e) => setOptions({ ...options, delimiter: e.target.value })}
                >
                  {DELIMITERS.map(([value, key]) => (
                    <option key={key} value={value}>
                      {t(`read.delimiters.${key}`)}
                    </option>
                  ))}
                </select>
              </label>
            </>
          ) : (
            <label className="text-sm">
              <span className="field-label block">{t("read.sheet")}</span>
              <select className="input" value={options.sheet ?? ""} onChange={(e) => setOptions({ ...options, sheet: e.target.value })}>
                {props.sheets.map((s) => (
                  <option key={s} value={s}>
                    {s}
                  </option>
                ))}
              </select>
            </label>
          )}
          <label className="text-sm">
            <span className="field-label block">{t("read.headerRow")}</span>
            <input
              className="input w-24"
              type="number"
              min={1}
              max={1000}
              value={options.headerRow ?? 1}
              onChange={(e) => setOptions({ ...options, headerRow: Math.max(1, Math.min(1000, Number(e.target.value) || 1)) })}
            />
          </label>
        </div>
      </section>

      <section aria-labelledby="map-title" className="card p-5">
        <h2 id="map-title" className="mb-1 text-base">
          {t("map.title")}
        </h2>
        <p className="mb-3 text-sm text-slate-700">{t("map.description")}</p>
        <div className="overflow-x-auto">
          <table className="table-base" data-testid="import-mapping">
            <thead>
              <tr>
                <th scope="col">{t("map.field")}</th>
                <th scope="col">{t("map.column")}</th>
                <th scope="col" className="hidden sm:table-cell">
                  {t("map.sample")}
                </th>
              </tr>
            </thead>
            <tbody>
              {props.fields.map((f) => {
                const column = mapping[f.key];
                return (
                  <tr key={f.key}>
                    <th scope="row" className="font-normal">
                      <label htmlFor={`map-${f.key}`}>{f.label}</label>
                      {f.required ? <span className="ml-1 text-xs text-slate-700">({t("map.required")})</span> : null}
                    </th>
                    <td>
                      <select
                        id={`map-${f.key}`}
                        className="input min-w-40"
                        value={column === undefined ? "" : String(column)}
                        onChange={(e) => setColumn(f.key, e.target.value)}
                      >
                        <option value="">{t("map.none")}</option>
                        {props.headers.map((h, i) => (
                          <option key={i} value={i}>
                            {columnName(i)} · {h || "—"}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td className="hidden max-w-xs truncate text-sm text-slate-700 sm:table-cell">
                      {column === undefined ? "" : (props.samples[column] ?? []).join(" · ")}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>

      {props.unrecognised.length > 0 ? (
        <section aria-labelledby="unrecognised-title" className="card p-5" data-testid="unrecognised">
          <h2 id="unrecognised-title" className="mb-1 text-base">
            {t("preview.unrecognisedTitle")}
          </h2>
          <p className="mb-3 text-sm text-slate-700">{t("preview.unrecognisedHelp")}</p>
          <div className="overflow-x-auto">
            <table className="table-base">
              <thead>
                <tr>
                  <th scope="col">{t("map.field")}</th>
                  <th scope="col">{t("preview.value")}</th>
                  <th scope="col">{t("preview.lines")}</th>
                  <th scope="col">{t("preview.meaning")}</th>
                </tr>
              </thead>
              <tbody>
                {props.unrecognised.slice(0, 100).map((u, i) => {
                  const choices = props.choices[u.field];
                  const current = valueMap[u.field]?.[u.value] ?? "";
                  const label = `${fieldLabel.get(u.field) ?? u.field}: ${u.value}`;
                  return (
                    <tr key={`${u.field}-${i}`}>
                      <td>{fieldLabel.get(u.field) ?? u.field}</td>
                      <td>
                        <mark className="rounded bg-red-50 px-1 text-red-900">{u.value}</mark>
                      </td>
                      <td className="text-sm">
                        {u.lines.join(", ")}
                        {u.count > u.lines.length ? " …" : ""}
                      </td>
                      <td>
                        {choices ? (
                          <select
                            aria-label={label}
                            className="input"
                            value={current}
                            onChange={(e) => setMeaning(u.field, u.value, e.target.value)}
                          >
                            <option value="">{t("preview.leaveAsIs")}</option>
                            {choices.map((c) => (
                              <option key={c.value} value={c.value}>
                                {c.label}
                              </option>
                            ))}
                          </select>
                        ) : (
                          <input
                            aria-label={label}
                            className="input"
                            value={current}
                            onChange={(e) => setMeaning(u.field, u.value, e.target.value)}
                          />
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}

      <div>
        <button type="button" className="btn-primary" onClick={preview} disabled={running}>
          {running ? t("map.previewing") : props.unrecognised.length > 0 ? t("preview.applyMeanings") : t("map.preview")}
        </button>
        {running ? <JobProgressBar label={t("map.previewing")} progress={progress} /> : null}
        {error ? (
          <p role="alert" className="field-error mt-2">
            {error}
          </p>
        ) : null}
      </div>
    </div>
  );
}

/** A spreadsheet's column letter: A, B, … Z, AA. */
function columnName(index: number): string {
  let name = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}
