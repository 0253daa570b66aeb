import * as XLSX from "@e965/xlsx";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { chartSpecTable } from "@/lib/exports/chart-spec-table";
import { tablesCsvDocument } from "@/lib/exports/tables-csv";
import { xlsxStream } from "@/lib/exports/xlsx";
import { LABELS, resultsWorld } from "@/test/fixtures/evaluation-results";
import { evaluationResultsExport } from "./evaluation-results";
import { evaluationTables } from "./evaluation-tables";

/** Each table of the page as a grid of cells: its header, its rows and its totals row, numbers as numbers. */
function pageGrids(db: Parameters<typeof evaluationTables>[0], viewer: Parameters<typeof evaluationTables>[1], campaignId: number) {
  const page = evaluationTables(db, viewer, { campaignId, filters: {} }, LABELS)!;
  return page.tables.map((spec) => {
    const t = chartSpecTable(spec);
    return {
      name: spec.title,
      header: t.columns.map((c) => c.header),
      rows: [...t.rows].map((row) => t.columns.map((c) => c.value(row) ?? null)),
    };
  });
}

describe("the results export", () => {
  it("writes every table of the page, with the page's names and numbers, in CSV and XLSX", async () => {
    const { db, w, campaignId } = resultsWorld();
    const grids = pageGrids(db, w.admin, campaignId);
    expect(grids.map((g) => g.name)).toEqual([
      "evaluationTables.statusTitle",
      "evaluationTables.countryTitle",
      "evaluationTables.sideTitle",
      "evaluationTables.trendTitle",
      "evaluationTables.purposesTitle",
      "evaluationTables.categoryTitle",
      "evaluationTables.effectTitle",
    ]);
    const exported = evaluationResultsExport(db, w.admin, { campaignId, filters: {} }, LABELS)!;

    // CSV: one file, each table's title row, its header, its rows; shares to one decimal (66.7, 100.0).
    const csv = tablesCsvDocument(exported.tables);
    const lines = parse(csv.replace(/^\uFEFF/, ""), { relax_column_count: true, skip_empty_lines: true }) as string[][];
    let at = 0;
    for (const grid of grids) {
      expect(lines[at]).toEqual([grid.name]);
      expect(lines[at + 1]).toEqual(grid.header);
      const body = lines.slice(at + 2, at + 2 + grid.rows.length);
      expect(body.map((l) => l.map((cell, i) => (i === 0 ? cell : cell === "" ? null : Number(cell))))).toEqual(grid.rows);
      at += 2 + grid.rows.length;
    }
    expect(at).toBe(lines.length);
    expect(csv).toContain("activityCategory.youth,2,66.7\r\n");
    expect(csv).toContain("evaluationTables.total,3,100.0\r\n");

    // XLSX: one sheet per table, the same cells; shares are numbers formatted 0.0.
    const buf = Buffer.from(await new Response(xlsxStream(exported.tables)).arrayBuffer());
    const wb = XLSX.read(buf, { type: "buffer", cellNF: true });
    expect(wb.SheetNames).toHaveLength(grids.length);
    grids.forEach((grid, i) => {
      const sheet = wb.Sheets[wb.SheetNames[i]!]!;
      const cells = XLSX.utils.sheet_to_json<(string | number | null)[]>(sheet, { header: 1, defval: null });
      expect(cells[0]).toEqual(grid.header);
      expect(cells.slice(1)).toEqual(grid.rows);
    });
    const status = wb.Sheets[wb.SheetNames[0]!]!;
    expect(status.C3).toMatchObject({ t: "n", v: 66.7, z: "0.0" });
  });

  it("is undefined for a campaign that does not exist", () => {
    const { db, w } = resultsWorld();
    expect(evaluationResultsExport(db, w.admin, { campaignId: 999, filters: {} }, LABELS)).toBeUndefined();
  });
});
