import { inflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { reportPdf } from "./pdf";
import { missingGlyphs, textRuns } from "./pdf-fonts";

/** Names in the data that one font alone cannot print. */
const SCRIPTS = ["Łódź", "İzmir", "Харків", "Santa Luċija", "인천광역시大学学术交流", "神戸市 (Kōbe)", "Θεσσαλονίκη", "天津市：2026 年"];

async function pdfBytes(stream: ReadableStream<Uint8Array>): Promise<Buffer> {
  return Buffer.from(await new Response(stream).arrayBuffer());
}

/** Every stream of a PDF, inflated where it is compressed. */
function streams(pdf: Buffer): string[] {
  const out: string[] = [];
  let at = 0;
  for (;;) {
    const start = pdf.indexOf("stream\n", at);
    if (start < 0) break;
    const end = pdf.indexOf("\nendstream", start);
    const body = pdf.subarray(start + 7, end);
    try {
      out.push(inflateSync(body).toString("latin1"));
    } catch {
      out.push(body.toString("latin1"));
    }
    at = end + 10;
  }
  return out;
}

/**
 * The characters the PDF's embedded fonts really draw: pdfkit writes a ToUnicode CMap
 * for each font subset, one entry per glyph used. A character set in a font that lacks
 * it becomes the .notdef glyph (entry 0), which maps to nothing, so it is not listed.
 */
function drawnCharacters(pdf: Buffer): Set<string> {
  const chars = new Set<string>();
  for (const s of streams(pdf).filter((x) => x.includes("beginbfrange"))) {
    for (const range of s.matchAll(/<([0-9a-f]{4})> <[0-9a-f]{4}> \[([^\]]*)\]/g)) {
      const first = parseInt(range[1] ?? "0", 16);
      [...(range[2] ?? "").matchAll(/<([0-9a-f ]+)>/g)].forEach((entry, i) => {
        if (first + i === 0) return; // .notdef
        const units = (entry[1] ?? "").split(" ").map((h) => parseInt(h, 16));
        for (const c of String.fromCharCode(...units)) chars.add(c);
      });
    }
  }
  return chars;
}

function render(strings: string[]) {
  const table = {
    name: "Partnerships",
    columns: [{ key: "partner", header: "Partner 友好城市", type: "string" as const, value: (r: { partner: string }) => r.partner }],
    rows: strings.map((partner) => ({ partner })),
  };
  return reportPdf({
    title: `${strings[4]} — Łódź`,
    subtitle: "Харків · İzmir",
    generated: "2026-11-23",
    pageLabel: (p, n) => `${p} / ${n}`,
    totals: [{ label: "Santa Luċija", value: 1 }],
    notes: ["已取消的代表团未计入：71 个"],
    charts: [
      { title: "인천광역시", note: "2026 年：1,863 个中已答 12 个", partial: true, rows: strings.map((label, i) => ({ label, value: i })) },
    ],
    tables: [{ title: "Partnerships", table: table as never, widths: [1] }],
  });
}

describe("PDF font fallback", () => {
  it("cuts a text into runs by the first font that has each character", () => {
    expect(textRuns("인천광역시大学学术交流")).toEqual([
      { font: "kr-regular", text: "인천광역시" },
      { font: "sc-regular", text: "大学学术交流" },
    ]);
    expect(textRuns("Łódź", true)).toEqual([{ font: "bold", text: "Łódź" }]);
    // Spaces and brackets stay in the run they are in.
    expect(textRuns("神戸市 (Kōbe)")).toEqual([
      { font: "sc-regular", text: "神戸市 (" },
      { font: "regular", text: "Kōbe)" },
    ]);
    expect(textRuns("Харків 哈尔科夫").map((r) => r.font)).toEqual(["regular", "sc-regular"]);
  });

  it("has a glyph for every character in the data's scripts, in both weights", () => {
    for (const s of SCRIPTS) {
      expect(missingGlyphs(s), s).toEqual([]);
      expect(missingGlyphs(s, true), s).toEqual([]);
    }
    // A character no font has is reported, not silently dropped.
    expect(missingGlyphs("a\u{10FFFD}b")).toEqual(["\u{10FFFD}"]);
  });

  it("draws every character of every script in the rendered PDF (no .notdef boxes, no dropped Hangul)", async () => {
    const pdf = await pdfBytes(render(SCRIPTS));
    const drawn = drawnCharacters(pdf);
    const missing = [...SCRIPTS.join("")].filter((c) => c.trim() && !drawn.has(c));
    expect(missing).toEqual([]);
    // The check bites: a character no font has is not among those drawn.
    expect(drawnCharacters(await pdfBytes(render(["a\u{10FFFD}b"]))).has("\u{10FFFD}")).toBe(false);
    const text = pdf.toString("latin1");
    for (const font of ["NotoSans-", "NotoSansSC", "NotoSansKR"]) expect(text).toMatch(new RegExp(`/BaseFont /[A-Z]{6}\\+${font}`));
  });

  it("embeds only the fonts a report needs", async () => {
    const text = (await pdfBytes(render(["Kobe"]))).toString("latin1");
    expect(text).toMatch(/NotoSansKR/); // the chart title above is Korean
    const plain = reportPdf({
      title: "Report",
      subtitle: "Tianjin",
      generated: "2026-11-23",
      pageLabel: (p, n) => `${p} / ${n}`,
      totals: [],
      charts: [],
      tables: [],
    });
    const latin = (await pdfBytes(plain)).toString("latin1");
    expect(latin).not.toMatch(/NotoSansKR|NotoSansSC/);
  });
});
