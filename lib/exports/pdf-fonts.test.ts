import { describe, expect, it } from "vitest";
import { reportPdf } from "./pdf";
import { pdfText } from "./pdf-fonts";

async function bytes(stream: ReadableStream<Uint8Array>): Promise<string> {
  return Buffer.from(await new Response(stream).arrayBuffer()).toString("latin1");
}

describe("PDF fonts", () => {
  it("sets Hangul in the Korean font and everything else in the Chinese one", () => {
    expect(pdfText("인천광역시 Incheon")).toEqual({ font: "kr-regular", text: "인천광역시 Incheon" });
    expect(pdfText("인천광역시", true)).toEqual({ font: "kr-bold", text: "인천광역시" });
    expect(pdfText("天津市 Tianjin")).toEqual({ font: "regular", text: "天津市 Tianjin" });
    expect(pdfText("神戸市 Kōbe", true)).toEqual({ font: "bold", text: "神戸市 Kōbe" });
  });

  it("drops the Hangul only where one text needs both fonts (simplified Chinese beside Hangul)", () => {
    expect(pdfText("济南市 — 수원시 (Suwon)")).toEqual({ font: "regular", text: "济南市 — (Suwon)" });
  });

  it("embeds Noto Sans KR in a report that names a Korean city, and only then", async () => {
    const report = (partner: string) =>
      reportPdf({
        title: "Report",
        subtitle: "Tianjin",
        generated: "2026-11-23",
        pageLabel: (p, n) => `${p} / ${n}`,
        totals: [],
        charts: [],
        tables: [{ title: "Partnerships", widths: [1], table: { name: "p", columns: [{ header: "Partner", value: (r: { partner: string }) => r.partner }], rows: [{ partner }] } as never }],
      });
    expect(await bytes(report("인천광역시 Incheon"))).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansKR/);
    expect(await bytes(report("神戸市 Kōbe"))).not.toMatch(/NotoSansKR/);
  });
});
