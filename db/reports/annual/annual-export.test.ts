import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { setClockForTests } from "@/lib/domain/clock";
import { annualDocx } from "@/lib/exports/annual-docx";
import { annualPdf } from "@/lib/exports/annual-pdf";
import { docxParagraphs, docxTableCount } from "@/test/docx-text";
import { createTestDb } from "@/test/test-db";
import { seedAnnualWorld } from "@/test/fixtures/annual-report";
import { annualDocument, resolveAnnualRequest } from "./document";

async function bytes(stream: ReadableStream<Uint8Array>): Promise<Buffer> {
  return Buffer.from(await new Response(stream).arrayBuffer());
}

function pdfText(pdf: Buffer): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "amity-annual-")), "report.pdf");
  fs.writeFileSync(file, pdf);
  // ANNUAL_PDF_OUT keeps a copy to look at (pdftoppm -png -r 60).
  if (process.env.ANNUAL_PDF_OUT) fs.copyFileSync(file, process.env.ANNUAL_PDF_OUT);
  return execFileSync("pdftotext", ["-layout", file, "-"]).toString("utf8");
}

function report(lang: "en" | "zh-CN") {
  setClockForTests("2024-03-01T00:00:00Z");
  const db = createTestDb();
  const w = seedAnnualWorld(db);
  const req = resolveAnnualRequest(db, w.admin, { year: 2023, scope: "nation", lang });
  if (!req.ok) throw new Error("refused");
  return annualDocument(db, req);
}

describe("the annual report's files", () => {
  it("PDF in Chinese: every heading, a known figure and CJK text drawn by the embedded fonts", async () => {
    const doc = report("zh-CN");
    const text = pdfText(await bytes(annualPdf(doc)));
    const flat = text.replace(/\s+/g, "");
    for (const s of doc.sections) expect(flat).toContain(s.heading.replace(/\s+/g, ""));
    expect(flat).toContain("全国国际友好城市2023年度发展报告");
    expect(flat).toContain("33.3%的友好城市交往状况为“很好”（1份），比2021年上升33.3个百分点。");
    // Partner places by their Chinese names, the Korean one drawn in Hangul where it has no Chinese name.
    expect(flat).toContain("天津市");
    expect(text).toMatch(/第 1 页，共 \d+ 页/);
  });

  it("PDF in English", async () => {
    const doc = report("en");
    const text = pdfText(await bytes(annualPdf(doc))).replace(/\s+/g, " ");
    expect(text).toContain("3. Status of exchanges");
    expect(text).toContain("up 33.3 points from 2021");
    expect(text).toContain("Page 1 of");
  });
});

describe("the annual report as a Word document", () => {
  it("has the headings in Word's heading styles, the sentences, and the tables as Word tables", async () => {
    const doc = report("zh-CN");
    const docx = Buffer.from(await annualDocx(doc));
    const paragraphs = docxParagraphs(docx);
    expect(paragraphs.find((p) => p.style === "Title")?.text).toBe("全国国际友好城市2023年度发展报告");
    expect(paragraphs.filter((p) => p.style === "Heading1").map((p) => p.text)).toEqual(doc.sections.map((s) => s.heading));
    expect(paragraphs.map((p) => p.text)).toContain("33.3%的友好城市交往状况为“很好”（1份），比2021年上升33.3个百分点。");
    const charts = doc.sections.flatMap((s) => s.charts).length;
    const lists = doc.sections.flatMap((s) => s.lists).length;
    expect(docxTableCount(docx)).toBe(charts + lists);
  });
});
