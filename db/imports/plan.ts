import type { Viewer } from "@/lib/auth/viewer";
import { IMPORT_FIELDS, type ColumnMapping, type ImportField, type ImportKind } from "@/lib/import/fields";
import { parseCell } from "@/lib/import/parse-cell";
import type { PreviewRow, RowProblem, UnrecognisedValue, ValueMap } from "@/lib/import/types";
import type { ActivityCategory, ActivityLocation, ActivityTrend, PartnershipLevel, PartnershipPurpose, PartnershipStatus, PartnershipType } from "@/lib/domain/enums";
import type { Directory } from "./directory";

/** The table a file was read into: its header row and data rows, with each row's line in the file. */
export type SheetTable = { headers: string[]; rows: string[][]; rowNumbers: number[] };

export type PartnershipFields = {
  type: PartnershipType;
  level: PartnershipLevel;
  signedOn: string | null;
  status: PartnershipStatus | null;
  notes: string | null;
};

export type PartnershipOp =
  | { op: "create"; tempId: number; ourLocalityId: number; partnerLocalityId: number; values: PartnershipFields }
  | { op: "update"; id: number; version: number; values: Partial<PartnershipFields> & { archivedAt?: null } };

export type ActivityValues = {
  title: string;
  category: ActivityCategory;
  startDate: string;
  endDate: string | null;
  location: ActivityLocation;
  organiserLocalityId: number;
  participantsOurs: number | null;
  participantsPartner: number | null;
  description: string | null;
};
export type ActivityOp =
  | { op: "create"; values: ActivityValues; partnershipIds: number[] }
  | { op: "update"; id: number; version: number; values: Partial<ActivityValues> };

export type EvaluationValues = {
  status: PartnershipStatus;
  trend: ActivityTrend | null;
  purposes: PartnershipPurpose[] | null;
  mostFrequentCategory: ActivityCategory | null;
  politicalEffect: "all_paused" | "constrained" | "unaffected" | null;
  achievements: string | null;
  problems: string | null;
  plans: string | null;
};
export type EvaluationOp = {
  year: number;
  /** An existing closed campaign, or the year's new one. */
  campaignId: number | null;
  partnershipId: number;
  localityId: number;
  existing: { id: number; version: number } | null;
  values: EvaluationValues;
};

/** Everything a file would write, worked out without writing: the preview shows it, the commit applies it. */
export type ImportPlan = {
  kind: ImportKind;
  rows: PreviewRow[];
  unrecognised: UnrecognisedValue[];
  newCountries: string[];
  partnerships: PartnershipOp[];
  activities: ActivityOp[];
  evaluations: EvaluationOp[];
  /** Years whose answers need a new closed campaign. */
  newCampaignYears: number[];
};

/** What a planner gets: the file, the mapping, the user's hand-mapped values, who imports, and the directory. */
export type PlanInput = {
  kind: ImportKind;
  table: SheetTable;
  mapping: ColumnMapping;
  valueMap: ValueMap;
  viewer: Viewer;
  directory: Directory;
};

/** One row's parsed cells by field key, and the problems met reading them. */
export type RowValues = { values: Record<string, unknown>; problems: RowProblem[] };

/**
 * Reads every mapped cell of a row with its field's parser. Unrecognised values are collected once
 * per field and text, with the lines they are on, for the preview's "map by hand" list.
 */
export class RowReader {
  private readonly fields: readonly ImportField[];
  private readonly unrecognised = new Map<string, UnrecognisedValue>();

  constructor(
    kind: ImportKind,
    private readonly mapping: ColumnMapping,
    private readonly valueMap: ValueMap,
  ) {
    this.fields = IMPORT_FIELDS[kind].filter((f) => mapping[f.key] !== undefined);
  }

  read(cells: string[], line: number): RowValues {
    const values: Record<string, unknown> = {};
    const problems: RowProblem[] = [];
    for (const field of this.fields) {
      const parsed = parseCell(field, cells[this.mapping[field.key]!] ?? "", this.valueMap);
      if (parsed.ok) {
        values[field.key] = parsed.value;
        continue;
      }
      problems.push(parsed.problem);
      if (parsed.unrecognised !== undefined) this.note(field.key, parsed.unrecognised, line);
    }
    return { values, problems };
  }

  private note(field: string, value: string, line: number) {
    const key = `${field}\u0000${value}`;
    const entry = this.unrecognised.get(key) ?? { field, value, lines: [], count: 0 };
    entry.count += 1;
    if (entry.lines.length < 20) entry.lines.push(line);
    this.unrecognised.set(key, entry);
  }

  list(): UnrecognisedValue[] {
    return [...this.unrecognised.values()].sort((a, b) => b.count - a.count || a.field.localeCompare(b.field));
  }
}

/** A required field, or a one-of group, left empty. */
export function missingRequired(kind: ImportKind, values: Record<string, unknown>, reported: RowProblem[]): RowProblem[] {
  const problems: RowProblem[] = [];
  const groups = new Map<string, boolean>();
  for (const f of IMPORT_FIELDS[kind]) {
    // A cell that could not be read is already reported, not missing.
    const filled = (values[f.key] !== null && values[f.key] !== undefined) || reported.some((p) => p.field === f.key);
    if (f.required && !filled) problems.push({ field: f.key, key: "required" });
    if (f.oneOf) groups.set(f.oneOf, (groups.get(f.oneOf) ?? false) || filled);
  }
  for (const [group, filled] of groups) if (!filled) problems.push({ field: IMPORT_FIELDS[kind].find((f) => f.oneOf === group)!.key, key: `missing.${group}` });
  return problems;
}

/** Problems with the text of the cell each is about, for the preview to show the offending cell. */
export function withCells(problems: RowProblem[], cells: string[], mapping: ColumnMapping): RowProblem[] {
  return problems.map((p) => {
    const column = p.field === null ? undefined : mapping[p.field];
    return column === undefined ? p : { ...p, cell: (cells[column] ?? "").slice(0, 200) };
  });
}
