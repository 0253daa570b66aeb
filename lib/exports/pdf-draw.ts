import { Readable } from "node:stream";
import PDFDocument from "pdfkit";
import { PDF_FONTS, textRuns, type PdfFont } from "./pdf-fonts";
import { writtenValue, type ExportTable } from "./table";

/** A bar chart; `note` is printed under its title (a partial year says how many answered). */
export type PdfChart = { title: string; note?: string; partial?: boolean; rows: { label: string; value: number }[] };

export const MARGIN = 40;
export const ROW = 13;
const ELLIPSIS = "…";

/**
 * A paragraph in as many fonts as its scripts need (pdf-fonts.ts), drawn run after run
 * with pdfkit's `continued`, so it wraps as one text: "인천광역시大学学术交流" keeps its Hangul.
 */
export function flow(
  doc: PDFKit.PDFDocument,
  text: string,
  options: PDFKit.Mixins.TextOptions & { bold?: boolean; x?: number; y?: number } = {},
) {
  const { bold, x, y, ...rest } = options;
  const runs = textRuns(text, bold);
  runs.forEach((run, i) => {
    doc.font(run.font);
    const last = i === runs.length - 1;
    if (i === 0 && x !== undefined) doc.text(run.text, x, y, { ...rest, continued: !last });
    else doc.text(run.text, { ...rest, continued: !last });
  });
}

/**
 * One line clipped to a width (a table cell, a bar's label), in as many fonts as it needs.
 * The runs are measured and placed here rather than with `continued`: pdfkit's ellipsis
 * works within one call, and a cell must never spill onto the next line.
 */
export function cell(doc: PDFKit.PDFDocument, text: string, x: number, y: number, width: number, bold = false) {
  let at = x;
  const end = x + width;
  for (const run of textRuns(text.replace(/\s+/g, " "), bold)) {
    doc.font(run.font);
    const w = doc.widthOfString(run.text);
    if (at + w <= end) {
      doc.text(run.text, at, y, { lineBreak: false });
      at += w;
      continue;
    }
    // Too long: as much of this run as fits with an ellipsis (every font here has "…").
    const chars = [...run.text];
    while (chars.length && at + doc.widthOfString(chars.join("") + ELLIPSIS) > end) chars.pop();
    doc.text(chars.join("").trimEnd() + ELLIPSIS, at, y, { lineBreak: false });
    break;
  }
  doc.x = x;
}

/** Horizontal bars with their labels and values; `labelW` is the labels' column. */
export function drawChart(doc: PDFKit.PDFDocument, chart: PdfChart, width: number, labelW = 130) {
  const max = Math.max(1, ...chart.rows.map((r) => r.value));
  if (doc.y + 24 + chart.rows.length * ROW > doc.page.height - MARGIN) doc.addPage();
  doc.fontSize(10).fillColor("#0f172a");
  flow(doc, chart.title, { bold: true, x: MARGIN, y: doc.y + 8, width });
  if (chart.note) {
    doc.fontSize(8).fillColor(chart.partial ? "#92400e" : "#475569");
    flow(doc, chart.note, { x: MARGIN, width });
  }
  let y = doc.y + 4;
  for (const row of chart.rows) {
    const w = ((width - labelW - 50) * row.value) / max;
    doc.fontSize(8).fillColor("#1e293b");
    cell(doc, row.label, MARGIN, y + 2, labelW - 6);
    // A partial year's bars are hatched-pale, so a few answers do not read as the whole picture.
    doc.rect(MARGIN + labelW, y + 2, Math.max(w, 0.5), ROW - 4).fill(chart.partial ? "#93b4d3" : "#1d5f98");
    doc
      .font("regular")
      .fillColor("#1e293b")
      .text(String(row.value), MARGIN + labelW + w + 4, y + 2, { lineBreak: false });
    y += ROW;
  }
  doc.x = MARGIN;
  doc.y = y + 4;
}

/** A table under its title, its header repeated on every page; on a page of its own unless `inline`. */
export function drawTable(doc: PDFKit.PDFDocument, title: string, table: ExportTable, widths: number[], width: number, inline = false) {
  if (!inline || doc.y + 60 > doc.page.height - MARGIN) doc.addPage();
  doc.fontSize(inline ? 9 : 12).fillColor("#0f172a");
  flow(doc, title, { bold: true, x: MARGIN, y: inline ? doc.y + 6 : MARGIN, width });
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
    table.columns.forEach((c, i) => {
      doc.fontSize(7.5).fillColor("#0f172a");
      cell(doc, c.header, (xs[i] ?? 0) + 2, y + 3, ((widths[i] ?? 1) / total) * width - 4, true);
    });
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
      const v = writtenValue(c, row);
      doc.fontSize(7.5).fillColor("#1e293b");
      cell(doc, v === null || v === undefined ? "" : String(v), (xs[i] ?? 0) + 2, y + 2, ((widths[i] ?? 1) / total) * width - 4);
    });
    doc
      .moveTo(MARGIN, y + ROW)
      .lineTo(MARGIN + width, y + ROW)
      .lineWidth(0.3)
      .strokeColor("#cbd5e1")
      .stroke();
    doc.y = y + ROW;
  }
}

/** An A4 document with the fonts every script of the data needs (pdf-fonts.ts) registered. */
export function openPdf(title: string): PDFKit.PDFDocument {
  const doc = new PDFDocument({ size: "A4", margin: MARGIN, bufferPages: true, info: { Title: title } });
  for (const [name, file] of Object.entries(PDF_FONTS) as [PdfFont, string][]) doc.registerFont(name, file);
  return doc;
}

/** Page numbers at the foot of every page, then the document ends and streams. */
export function finishPdf(doc: PDFKit.PDFDocument, pageLabel: (page: number, pages: number) => string): ReadableStream<Uint8Array> {
  const width = doc.page.width - MARGIN * 2;
  const range = doc.bufferedPageRange();
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(range.start + i);
    doc.page.margins.bottom = 0;
    doc.fontSize(8).fillColor("#64748b");
    flow(doc, pageLabel(i + 1, range.count), {
      x: MARGIN,
      y: doc.page.height - MARGIN + 10,
      width,
      align: "center",
      lineBreak: false,
    });
  }
  doc.end();
  return Readable.toWeb(doc) as unknown as ReadableStream<Uint8Array>;
}
