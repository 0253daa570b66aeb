import { Readable } from "node:stream";
import PDFDocument from "pdfkit";
import { PDF_FONTS, pdfText, type PdfFont } from "./pdf-fonts";
import type { ExportTable } from "./table";

export type PdfChart = { title: string; rows: { label: string; value: number }[] };
export type PdfReport = {
  title: string;
  subtitle: string;
  generated: string;
  pageLabel: (page: number, pages: number) => string;
  totals: { label: string; value: string }[];
  charts: PdfChart[];
  tables: { title: string; table: ExportTable; widths: number[] }[];
};

const MARGIN = 40;
const ROW = 13;

/** Sets the font that can draw this text (Chinese or Korean) and gives the text to draw. */
function fontFor(doc: PDFKit.PDFDocument, text: string, bold = false): string {
  const run = pdfText(text, bold);
  doc.font(run.font);
  return run.text;
}

function drawChart(doc: PDFKit.PDFDocument, chart: PdfChart, width: number) {
  const max = Math.max(1, ...chart.rows.map((r) => r.value));
  const labelW = 130;
  if (doc.y + 24 + chart.rows.length * ROW > doc.page.height - MARGIN) doc.addPage();
  const title = fontFor(doc, chart.title, true);
  doc.fontSize(10).fillColor("#0f172a").text(title, MARGIN, doc.y + 8);
  let y = doc.y + 4;
  for (const row of chart.rows) {
    const w = ((width - labelW - 50) * row.value) / max;
    const label = fontFor(doc, row.label);
    doc.fontSize(8).fillColor("#1e293b").text(label, MARGIN, y + 2, { width: labelW - 6, height: ROW, ellipsis: true, lineBreak: false });
    doc.rect(MARGIN + labelW, y + 2, Math.max(w, 0.5), ROW - 4).fill("#1d5f98");
    doc.font("regular").fillColor("#1e293b").text(String(row.value), MARGIN + labelW + w + 4, y + 2, { lineBreak: false });
    y += ROW;
  }
  doc.x = MARGIN;
  doc.y = y + 4;
}

function drawTable(doc: PDFKit.PDFDocument, title: string, table: ExportTable, widths: number[], width: number) {
  doc.addPage();
  const heading = fontFor(doc, title, true);
  doc.fontSize(12).fillColor("#0f172a").text(heading, MARGIN, MARGIN);
  const total = widths.reduce((a, b) => a + b, 0);
  const xs: number[] = [];
  let x = MARGIN;
  for (const w of widths) {
    xs.push(x);
    x += (w / total) * width;
  }
  const header = () => {
    const y = doc.y + 4;
    doc.rect(MARGIN, y, width, ROW + 2).fill("#e2e8f0");
    table.columns.forEach((c, i) => doc.fontSize(7.5).fillColor("#0f172a").text(fontFor(doc, c.header, true), (xs[i] ?? 0) + 2, y + 3, { width: ((widths[i] ?? 1) / total) * width - 4, height: ROW, ellipsis: true, lineBreak: false }));
    doc.y = y + ROW + 2;
  };
  header();
  for (const row of table.rows) {
    if (doc.y + ROW > doc.page.height - MARGIN - 14) {
      doc.addPage();
      doc.y = MARGIN;
      header();
    }
    const y = doc.y;
    table.columns.forEach((c, i) => {
      const v = c.value(row);
      doc.fontSize(7.5).fillColor("#1e293b").text(fontFor(doc, v === null || v === undefined ? "" : String(v)), (xs[i] ?? 0) + 2, y + 2, { width: ((widths[i] ?? 1) / total) * width - 4, height: ROW, ellipsis: true, lineBreak: false });
    });
    doc.moveTo(MARGIN, y + ROW).lineTo(MARGIN + width, y + ROW).lineWidth(0.3).strokeColor("#cbd5e1").stroke();
    doc.y = y + ROW;
  }
}

/** The activity report as an A4 PDF in the user's language: title, totals, charts, then paginated tables. */
export function reportPdf(report: PdfReport): ReadableStream<Uint8Array> {
  const doc = new PDFDocument({ size: "A4", margin: MARGIN, bufferPages: true, info: { Title: report.title } });
  for (const [name, file] of Object.entries(PDF_FONTS) as [PdfFont, string][]) doc.registerFont(name, file);
  const width = doc.page.width - MARGIN * 2;
  const title = fontFor(doc, report.title, true);
  doc.fontSize(18).fillColor("#0f172a").text(title);
  const subtitle = fontFor(doc, report.subtitle);
  doc.fontSize(10).fillColor("#475569").text(subtitle);
  doc.font("regular").text(report.generated);
  doc.moveDown();
  for (const t of report.totals) {
    const line = fontFor(doc, `${t.label}: ${t.value}`);
    doc.fontSize(10).fillColor("#0f172a").text(line);
  }
  for (const chart of report.charts) drawChart(doc, chart, width);
  for (const t of report.tables) drawTable(doc, t.title, t.table, t.widths, width);
  const range = doc.bufferedPageRange();
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(range.start + i);
    doc.page.margins.bottom = 0;
    doc.font("regular").fontSize(8).fillColor("#64748b").text(report.pageLabel(i + 1, range.count), MARGIN, doc.page.height - MARGIN + 10, { width, align: "center", lineBreak: false });
  }
  doc.end();
  return Readable.toWeb(doc) as unknown as ReadableStream<Uint8Array>;
}
