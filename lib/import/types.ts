import type { ImportKind } from "./fields";

/** How the file is read: the user's choices, or what was detected when they made none. */
export type ImportOptions = {
  encoding?: string;
  delimiter?: string;
  sheet?: string;
  headerRow?: number;
};

/** Values mapped by hand in the preview: field key → the cell text → the value it stands for. */
export type ValueMap = Record<string, Record<string, string>>;

export const ROW_OUTCOMES = ["create", "update", "match", "fail"] as const;
export type RowOutcome = (typeof ROW_OUTCOMES)[number];

/** A problem with one row: the field (and so the column) it is about, and a message key of imports.problems. */
export type RowProblem = { field: string | null; key: string; values?: Record<string, string | number>; cell?: string };

/** A field an update would change, with its value before and after (as shown). */
export type RowChange = { field: string; before: string | null; after: string | null };

export type PreviewRow = {
  /** The row's number in the file (1-based, as a spreadsheet shows it). */
  line: number;
  outcome: RowOutcome;
  /** What the row is about, for the table: e.g. "天津市 – 神戸市". */
  label: string;
  problems: RowProblem[];
  changes: RowChange[];
  /** A remark on a row that is not a problem, e.g. the same pair as an earlier line. */
  note?: RowProblem;
};

export type ImportCounts = Record<RowOutcome, number> & { rows: number };

/** A cell value the field's parser did not recognise, once, with the rows it is on. */
export type UnrecognisedValue = { field: string; value: string; lines: number[]; count: number };

export type PreviewResult = {
  kind: ImportKind;
  counts: ImportCounts;
  rows: PreviewRow[];
  unrecognised: UnrecognisedValue[];
  /** Localities the commit would create (new names in the directory). */
  newLocalities: number;
  /** The file's headers and the mapping the preview was made with, to name each problem's column. */
  headers: string[];
  mapping: Record<string, number>;
};

/** A file as the mapping page shows it: how it was read, its headers, each column's first values, its size. */
export type TableInfo = {
  format: "csv" | "xlsx" | "xls";
  encoding: string | null;
  delimiter: string | null;
  sheets: string[];
  sheet: string | null;
  headerRow: number;
  headers: string[];
  samples: string[][];
  rowCount: number;
};
