import type { ChartSpec } from "@/components/charts/chart-types";
import type { AnnualDocument } from "@/db/reports/annual/document";
import { annualChartTable, annualListTable } from "./annual-tables";
import { chartSpecPdfChart } from "./chart-spec-table";
import { drawChart, drawTable, finishPdf, flow, MARGIN, openPdf, type PdfChart } from "./pdf-draw";

const INK = "#0f172a";
const MUTED = "#475569";
const BRAND = "#1d5f98";

/** A chart's bars: a stacked chart by its rows' totals, any other by its first drawn series. */
function bars(spec: ChartSpec): PdfChart {
  if (spec.kind !== "stacked") return chartSpecPdfChart(spec);
  const drawn = spec.series.filter((s) => !s.tableOnly && s.format !== "percent");
  return {
    title: spec.title,
    note: spec.description,
    rows: spec.rows.map((r) => ({ label: r.label, value: drawn.reduce((sum, s) => sum + (r.values[s.key] ?? 0), 0) })),
  };
}

/** A line (the cumulative registry): axes, the series as one path with its points, the last value written. */
function drawLine(doc: PDFKit.PDFDocument, spec: ChartSpec, width: number) {
  const height = 130;
  if (doc.y + height + 50 > doc.page.height - MARGIN) doc.addPage();
  doc.fontSize(10).fillColor(INK);
  flow(doc, spec.title, { bold: true, x: MARGIN, y: doc.y + 8, width });
  if (spec.description) {
    doc.fontSize(8).fillColor(MUTED);
    flow(doc, spec.description, { x: MARGIN, width });
  }
  const key = spec.series[0]?.key ?? "";
  const values = spec.rows.map((r) => r.values[key] ?? 0);
  const max = Math.max(1, ...values);
  const left = MARGIN + 40;
  const top = doc.y + 8;
  const plotW = width - 50;
  const bottom = top + height;
  doc
    .lineWidth(0.5)
    .strokeColor("#94a3b8")
    .moveTo(left, top)
    .lineTo(left, bottom)
    .lineTo(left + plotW, bottom)
    .stroke();
  doc.fontSize(7).fillColor(MUTED).font("regular");
  doc.text(String(max), MARGIN, top - 3, { width: 36, align: "right", lineBreak: false });
  doc.text("0", MARGIN, bottom - 4, { width: 36, align: "right", lineBreak: false });
  const step = values.length > 1 ? plotW / (values.length - 1) : 0;
  const point = (i: number) => [left + i * step, bottom - ((values[i] ?? 0) / max) * height] as const;
  if (values.length) {
    const [x0, y0] = point(0);
    doc.moveTo(x0, y0);
    for (let i = 1; i < values.length; i++) doc.lineTo(...point(i));
    doc.lineWidth(1.5).strokeColor(BRAND).stroke();
    values.forEach((_, i) => doc.circle(...point(i), 1.6).fill(BRAND));
    // Years under the axis, thinned out to about a dozen.
    const every = Math.max(1, Math.ceil(values.length / 12));
    doc.fontSize(7).fillColor(MUTED);
    spec.rows.forEach((r, i) => {
      // The last year always, and no thinned-out year close enough to overlap it.
      const last = values.length - 1;
      if ((i % every === 0 && last - i >= every) || i === last)
        doc.text(r.label, left + i * step - 15, bottom + 3, { width: 30, align: "center", lineBreak: false });
    });
    const [xl, yl] = point(values.length - 1);
    doc.fillColor(INK).text(String(values.at(-1) ?? 0), xl - 40, yl - 12, { width: 40, align: "right", lineBreak: false });
  }
  doc.x = MARGIN;
  doc.y = bottom + 16;
}

function heading(doc: PDFKit.PDFDocument, text: string, width: number) {
  if (doc.y + 140 > doc.page.height - MARGIN) doc.addPage();
  doc.fontSize(14).fillColor(BRAND);
  flow(doc, text, { bold: true, x: MARGIN, y: doc.y + 14, width });
  doc
    .moveTo(MARGIN, doc.y + 2)
    .lineTo(MARGIN + width, doc.y + 2)
    .lineWidth(0.8)
    .strokeColor(BRAND)
    .stroke();
  doc.y += 8;
}

/**
 * The annual report as an A4 PDF, laid out like the 2018 report's survey chapter: a title
 * page, then each section's heading, its generated sentences, and each table drawn as a
 * vector chart (bars, or a line for the cumulative registry) above the table itself.
 */
export function annualPdf(d: AnnualDocument): ReadableStream<Uint8Array> {
  const doc = openPdf(d.title);
  const width = doc.page.width - MARGIN * 2;
  // Title page.
  doc.fontSize(22).fillColor(INK);
  flow(doc, d.title, { bold: true, x: MARGIN, y: 220, width, align: "center" });
  doc.moveDown(0.5).fontSize(13).fillColor(MUTED);
  flow(doc, d.subtitle, { width, align: "center" });
  doc.moveDown(3).fontSize(11).fillColor(INK);
  for (const line of [d.scopeLine, d.yearLine, d.generated]) flow(doc, line, { width, align: "center" });
  doc.moveDown(3).fontSize(10).fillColor(MUTED);
  for (const s of d.sections) flow(doc, s.heading, { x: MARGIN + 120, width: width - 240 });
  doc.addPage();

  for (const section of d.sections) {
    heading(doc, section.heading, width);
    doc.fontSize(10).fillColor(INK);
    for (const sentence of section.sentences) {
      flow(doc, sentence, { x: MARGIN, width, lineGap: 2 });
      doc.moveDown(0.3);
    }
    for (const spec of section.charts) {
      if (spec.kind === "line") drawLine(doc, spec, width);
      else drawChart(doc, bars(spec), width, 180);
      const table = annualChartTable(spec);
      drawTable(doc, "", table, [3, ...table.columns.slice(1).map(() => 1)], width, true);
      doc.moveDown(0.5);
    }
    for (const list of section.lists) {
      const table = annualListTable(list);
      drawTable(doc, list.title, table, [4, ...table.columns.slice(1).map(() => 1.3)], width, true);
      if (list.note) {
        doc.fontSize(7.5).fillColor(MUTED);
        flow(doc, list.note, { x: MARGIN, y: doc.y + 3, width });
      }
      doc.moveDown(0.5);
    }
  }
  return finishPdf(doc, d.pageLabel);
}
