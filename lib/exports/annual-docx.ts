import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import type { AnnualDocument } from "@/db/reports/annual/document";
import { annualChartTable, annualListTable } from "./annual-tables";
import { printedValue, type ExportColumn, type ExportTable } from "./table";

const FONT = { ascii: "Calibri", hAnsi: "Calibri", eastAsia: "Microsoft YaHei" };

function cellOf(text: string, header: boolean, alignRight: boolean): TableCell {
  return new TableCell({
    shading: header ? { type: ShadingType.CLEAR, fill: "E2E8F0", color: "auto" } : undefined,
    children: [
      new Paragraph({
        alignment: alignRight ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: [new TextRun({ text, bold: header, size: 18 })],
      }),
    ],
  });
}

/** A table as a Word table (the office edits its numbers), its header row repeated on every page. */
function wordTable(table: ExportTable): Table {
  const numeric = table.columns.map((c) => c.type === "number" || c.type === "percent");
  const header = new TableRow({ tableHeader: true, children: table.columns.map((c, i) => cellOf(c.header, true, numeric[i] ?? false)) });
  const rows = [...table.rows].map(
    (row) =>
      new TableRow({
        children: table.columns.map((c, i) => cellOf(printedValue(c as ExportColumn<unknown>, row).text, false, numeric[i] ?? false)),
      }),
  );
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...rows] });
}

const note = (text: string) => new Paragraph({ children: [new TextRun({ text, italics: true, size: 16, color: "475569" })] });

/**
 * The annual report as a Word document the office edits before publishing: headings in Word's
 * own heading styles (so the navigation pane and a table of contents find them), the generated
 * sentences as paragraphs, and every chart's data and every list as a real Word table (the
 * charts themselves are in the PDF: a table stays editable, a picture would not).
 */
export async function annualDocx(d: AnnualDocument): Promise<Uint8Array> {
  const body: (Paragraph | Table)[] = [
    new Paragraph({
      heading: HeadingLevel.TITLE,
      alignment: AlignmentType.CENTER,
      spacing: { before: 2400 },
      children: [new TextRun(d.title)],
    }),
    new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: d.subtitle, size: 26, color: "475569" })] }),
    ...[d.scopeLine, d.yearLine, d.generated].map(
      (line) => new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun(line)] }),
    ),
    new Paragraph({ children: [new PageBreak()] }),
  ];
  for (const section of d.sections) {
    body.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(section.heading)] }));
    for (const sentence of section.sentences) body.push(new Paragraph({ spacing: { after: 120 }, children: [new TextRun(sentence)] }));
    for (const spec of section.charts) {
      body.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(spec.title)] }));
      if (spec.description) body.push(note(spec.description));
      body.push(wordTable(annualChartTable(spec)));
    }
    for (const list of section.lists) {
      body.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(list.title)] }));
      if (list.note) body.push(note(list.note));
      body.push(wordTable(annualListTable(list)));
    }
  }
  const doc = new Document({
    creator: "Amity",
    title: d.title,
    styles: { default: { document: { run: { font: FONT, size: 21 } } } },
    sections: [
      {
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [PageNumber.CURRENT, " / ", PageNumber.TOTAL_PAGES] })],
              }),
            ],
          }),
        },
        children: body,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
