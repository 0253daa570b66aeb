import { drawChart, drawTable, finishPdf, flow, MARGIN, openPdf, type PdfChart } from "./pdf-draw";
import type { ExportTable } from "./table";

export type { PdfChart };
export type PdfReport = {
  title: string;
  subtitle: string;
  generated: string;
  pageLabel: (page: number, pages: number) => string;
  /** The totals, each written as one line ("{label}: {value}" in the user's language). */
  totals: { label: string; value: number }[];
  totalLine?: (label: string, value: number) => string;
  /** Sentences under the totals: how they were counted and what they leave out. */
  notes?: string[];
  charts: PdfChart[];
  tables: { title: string; table: ExportTable; widths: number[] }[];
};

/** The activity report as an A4 PDF in the user's language: title, totals, charts, then paginated tables. */
export function reportPdf(report: PdfReport): ReadableStream<Uint8Array> {
  const doc = openPdf(report.title);
  const width = doc.page.width - MARGIN * 2;
  doc.fontSize(18).fillColor("#0f172a");
  flow(doc, report.title, { bold: true, width });
  doc.fontSize(10).fillColor("#475569");
  flow(doc, report.subtitle, { width });
  flow(doc, report.generated, { width });
  doc.moveDown();
  doc.fontSize(10).fillColor("#0f172a");
  for (const t of report.totals) flow(doc, report.totalLine ? report.totalLine(t.label, t.value) : `${t.label}: ${t.value}`, { width });
  if (report.notes?.length) {
    doc.moveDown(0.5).fontSize(8.5).fillColor("#475569");
    for (const note of report.notes) flow(doc, note, { width });
  }
  for (const chart of report.charts) drawChart(doc, chart, width);
  for (const t of report.tables) drawTable(doc, t.title, t.table, t.widths, width);
  return finishPdf(doc, report.pageLabel);
}
