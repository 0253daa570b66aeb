import type { Viewer } from "@/lib/auth/viewer";
import { IMPORT_FIELDS, type ColumnMapping, type ImportField, type ImportKind } from "@/lib/import/fields";
import { parseCell } from "@/lib/import/parse-cell";
import type { PreviewRow, RowChange, RowProblem, UnrecognisedValue, ValueMap } from "@/lib/import/types";
import { can } from "@/lib/auth/permissions";
import type {
  ActivityCategory,
  ActivityLocation,
  ActivityTrend,
  PartnershipLevel,
  PartnershipPurpose,
  PartnershipStatus,
  PartnershipType,
} from "@/lib/domain/enums";
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
class RowReader {
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
function missingRequired(kind: ImportKind, values: Record<string, unknown>, reported: RowProblem[]): RowProblem[] {
  const problems: RowProblem[] = [];
  const groups = new Map<string, boolean>();
  for (const f of IMPORT_FIELDS[kind]) {
    // A cell that could not be read is already reported, not missing.
    const filled = (values[f.key] !== null && values[f.key] !== undefined) || reported.some((p) => p.field === f.key);
    if (f.required && !filled) problems.push({ field: f.key, key: "required" });
    if (f.oneOf) groups.set(f.oneOf, (groups.get(f.oneOf) ?? false) || filled);
  }
  for (const [group, filled] of groups)
    if (!filled) problems.push({ field: IMPORT_FIELDS[kind].find((f) => f.oneOf === group)!.key, key: `missing.${group}` });
  return problems;
}

/** Problems with the text of the cell each is about, for the preview to show the offending cell. */
function withCells(problems: RowProblem[], cells: string[], mapping: ColumnMapping): RowProblem[] {
  return problems.map((p) => {
    const column = p.field === null ? undefined : mapping[p.field];
    return column === undefined ? p : { ...p, cell: (cells[column] ?? "").slice(0, 200) };
  });
}

/** One row being planned: its parsed values and problems, and how to record what it comes to. */
export type RowContext = {
  line: number;
  v: Record<string, unknown>;
  problems: RowProblem[];
  /** Renames a problem's field before it is shown (a partnership row read with its sides swapped). */
  rename: (problem: RowProblem) => RowProblem;
  fail: (extra?: RowProblem[]) => void;
  done: (outcome: "create" | "update" | "match", changes?: RowChange[]) => void;
  /** Whether an earlier line was about the same record (then this row is recorded as the same). */
  repeated: (key: string) => boolean;
};

/**
 * The loop every planner shares: each row read and checked for required fields, handed to `handle`,
 * the event loop handed back (a yield) every 500 rows; the unrecognised values listed at the end.
 */
export function* eachRow(
  input: PlanInput,
  plan: ImportPlan,
  label: (v: Record<string, unknown>) => string,
  handle: (row: RowContext) => void,
): Generator<number> {
  const { table } = input;
  const reader = new RowReader(input.kind, input.mapping, input.valueMap);
  const seen = new Map<string, number>();
  for (let i = 0; i < table.rows.length; i++) {
    if (i % 500 === 0) yield i;
    const line = table.rowNumbers[i]!;
    const cells = table.rows[i]!;
    const { values: v, problems } = reader.read(cells, line);
    problems.push(...missingRequired(input.kind, v, problems));
    const text = label(v);
    const row: RowContext = {
      line,
      v,
      problems,
      rename: (p) => p,
      fail: (extra = []) =>
        plan.rows.push({
          line,
          outcome: "fail",
          label: text,
          problems: withCells([...problems, ...extra.map(row.rename)], cells, input.mapping),
          changes: [],
        }),
      done: (outcome, changes = []) => plan.rows.push({ line, outcome, label: text, problems: [], changes }),
      repeated: (key) => {
        const earlier = seen.get(key);
        if (earlier === undefined) {
          seen.set(key, line);
          return false;
        }
        plan.rows.push({
          line,
          outcome: "match",
          label: text,
          problems: [],
          changes: [],
          note: { field: null, key: "sameAsLine", values: { line: earlier } },
        });
        return true;
      },
    };
    handle(row);
  }
  plan.unrecognised.push(...reader.list());
}

/** Whether the viewer may edit records of a Chinese locality of the directory (or a new one in a province). */
export function mayEdit(input: PlanInput, ourLocalityId: number | null, provinceCode?: string | null): boolean {
  const province =
    provinceCode !== undefined
      ? provinceCode
      : ourLocalityId === null
        ? null
        : (input.directory.locality(ourLocalityId)?.provinceCode ?? null);
  return can(input.viewer, "records.edit", { ownerLocalityId: ourLocalityId, ownerProvinceCode: province });
}
