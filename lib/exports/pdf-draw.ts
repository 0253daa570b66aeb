import { Readable } from "node:stream";
import PDFDocument from "pdfkit";
import { PDF_FONTS, textRuns, type PdfFont } from "./pdf-fonts";
import { printedValue, type ExportColumn, type ExportTable } from "./table";

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

/** The width of a text drawn in the fonts its scripts need (as `cell` draws it), at the current size. */
function textWidth(doc: PDFKit.PDFDocument, text: string, bold: boolean): number {
  return textRuns(text, bold).reduce((w, run) => w + doc.font(run.font).widthOfString(run.text), 0);
}

/** Words of a header: a CJK character is a word of its own, a run of others up to a space is one. */
const HEADER_WORDS = /[\u2e80-\u9fff\uac00-\ud7af\uff00-\uffef]|[^\s\u2e80-\u9fff\uac00-\ud7af\uff00-\uffef]+|\s+/g;
const HEADER_LINES = 3;

/** A header wrapped to its column: as many words on a line as fit, at most three lines (the last clipped by `cell`). */
function headerLines(doc: PDFKit.PDFDocument, header: string, width: number): string[] {
  if (textWidth(doc, header, true) <= width) return [header];
  const lines: string[] = [];
  let line = "";
  for (const word of header.match(HEADER_WORDS) ?? [header]) {
    const next = line + word;
    if (!line.trim() || textWidth(doc, next.trimEnd(), true) <= width) line = next;
    else {
      lines.push(line.trim());
      line = word.trimStart();
    }
  }
  if (line.trim()) lines.push(line.trim());
  // A line never starts with the separator of "Share (%) · 2025".
  const tidy = lines.map((l) => l.replace(/^·\s*/, "")).filter(Boolean);
  return tidy.length > HEADER_LINES ? [...tidy.slice(0, HEADER_LINES - 1), tidy.slice(HEADER_LINES - 1).join(" ")] : tidy;
}

/** A table under its title, its header repeated on every page; on a page of its own unless `inline`. Numbers align right. */
export function drawTable(doc: PDFKit.PDFDocument, title: string, table: ExportTable, widths: number[], width: number, inline = false) {
  if (!inline || doc.y + 60 > doc.page.height - MARGIN) doc.addPage();
  doc.fontSize(inline ? 9 : 12).fillColor("#0f172a");
  flow(doc, title, { bold: true, x: MARGIN, y: inline ? doc.y + 6 : MARGIN, width });
  const total = widths.reduce((a, b) => a + b, 0);
  const xs: number[] = [];
  const ws: number[] = [];
  let x = MARGIN;
  for (const w of widths) {
    xs.push(x);
    ws.push((w / total) * width - 4);
    x += (w / total) * width;
  }
  const numericColumn = table.columns.map((c) => c.type === "number" || c.type === "percent");
  doc.fontSize(7.5);
  const headers = table.columns.map((c, i) => headerLines(doc, c.header, ws[i] ?? 1));
  const headerHeight = ROW + 2 + (Math.max(1, ...headers.map((h) => h.length)) - 1) * (ROW - 3);
  /** A cell's text, right-aligned in its column when it is a number. */
  const put = (text: string, i: number, y: number, bold = false, right = false) => {
    const w = ws[i] ?? 1;
    const shift = right ? Math.max(0, w - textWidth(doc, text, bold)) : 0;
    cell(doc, text, (xs[i] ?? 0) + 2 + shift, y, w, bold);
  };
  const header = () => {
    const y = doc.y + 4;
    doc.rect(MARGIN, y, width, headerHeight).fill("#e2e8f0");
    headers.forEach((lines, i) => {
      doc.fontSize(7.5).fillColor("#0f172a");
      lines.forEach((line, k) => put(line, i, y + 3 + k * (ROW - 3), true, numericColumn[i]));
    });
    doc.y = y + headerHeight;
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
      const v = printedValue(c as ExportColumn<unknown>, row);
      doc.fontSize(7.5).fillColor("#1e293b");
      put(v.text, i, y + 2, false, v.numeric);
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
