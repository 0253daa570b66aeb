import { deflateSync } from "node:zlib";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { ATTACHMENT_MAX_BYTES, checkUpload, cleanFileName, contentDisposition } from "./attachments";

const bytes = (s: string) => new TextEncoder().encode(s);

/** A real 1×1 PNG: signature, IHDR, IDAT, IEND (CRCs are not checked by the sniffing). */
function tinyPng(): Uint8Array {
  const chunk = (type: string, data: Uint8Array) => {
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    out.write(type, 4, "ascii");
    Buffer.from(data).copy(out, 8);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(1, 0);
  ihdr.writeUInt32BE(1, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(Buffer.from([0, 255, 255, 255]))),
    chunk("IEND", new Uint8Array()),
  ]);
}

const pdf = bytes("%PDF-1.4\n% Amity test programme\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");
/** The start of a Windows executable: "MZ", then the PE header offset at 0x3c. */
const exe = (() => {
  const b = Buffer.alloc(256);
  b.write("MZ", 0, "ascii");
  b.writeUInt32LE(0x80, 0x3c);
  b.write("PE\0\0", 0x80, "binary");
  return new Uint8Array(b);
})();

async function xlsxWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Sheet").addRow(["Kobe", "Tianjin"]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe("attachment checks", () => {
  it("accepts a PDF whose bytes say PDF", async () => {
    expect(await checkUpload("programme.pdf", pdf.byteLength, pdf)).toEqual({
      ok: true,
      mimeType: "application/pdf",
      fileName: "programme.pdf",
    });
  });

  it("accepts a real PNG image", async () => {
    const png = tinyPng();
    expect(await checkUpload("photo.png", png.byteLength, png)).toEqual({ ok: true, mimeType: "image/png", fileName: "photo.png" });
  });

  it("refuses an executable renamed to an allowed extension", async () => {
    for (const name of ["programme.pdf", "photo.png", "minutes.docx", "minutes.doc", "notes.txt"]) {
      expect(await checkUpload(name, exe.byteLength, exe)).toEqual({ ok: false, reason: "contentMismatch" });
    }
  });

  it("refuses a file whose content is another allowed type or no known type", async () => {
    expect(await checkUpload("photo.png", 100, bytes("<html><script>alert(1)</script>"))).toEqual({ ok: false, reason: "contentMismatch" });
    expect(await checkUpload("photo.png", pdf.byteLength, pdf)).toEqual({ ok: false, reason: "contentMismatch" });
    expect(await checkUpload("notes.txt", 4, new Uint8Array([0x4d, 0x5a, 0x00, 0x01]))).toEqual({ ok: false, reason: "contentMismatch" });
  });

  it("tells Office files apart by their content, not only by being a ZIP", async () => {
    const xlsx = await xlsxWorkbook();
    expect(await checkUpload("budget.xlsx", xlsx.byteLength, xlsx)).toMatchObject({
      ok: true,
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    });
    expect(await checkUpload("budget.docx", xlsx.byteLength, xlsx)).toEqual({ ok: false, reason: "contentMismatch" });
  });

  it("refuses types outside the allow-list, oversized and empty files", async () => {
    expect(await checkUpload("setup.exe", exe.byteLength, exe)).toEqual({ ok: false, reason: "wrongType" });
    expect(await checkUpload("image.svg", 100, bytes("<svg/>"))).toEqual({ ok: false, reason: "wrongType" });
    expect(await checkUpload("noextension", 100, bytes("hello"))).toEqual({ ok: false, reason: "wrongType" });
    expect(await checkUpload("big.pdf", ATTACHMENT_MAX_BYTES + 1, bytes("%PDF-"))).toEqual({ ok: false, reason: "tooLarge" });
    expect(await checkUpload("empty.txt", 0, new Uint8Array())).toEqual({ ok: false, reason: "empty" });
  });

  it("accepts UTF-8 text in any script", async () => {
    expect(await checkUpload("纪要.txt", 20, bytes("会谈纪要：神戸市と天津市"))).toMatchObject({ ok: true, fileName: "纪要.txt" });
  });

  it("strips paths, control and bidi characters from names", () => {
    expect(cleanFileName("../../etc/passwd")).toBe("passwd");
    expect(cleanFileName("C:\\Users\\x\\minutes.docx")).toBe("minutes.docx");
    expect(cleanFileName("evil\u202Efdp.exe")).toBe("evilfdp.exe");
    expect(cleanFileName('a"b<c>\r\n.pdf')).toBe("abc.pdf");
    expect(cleanFileName("...")).toBe("file");
    expect(cleanFileName(`${"x".repeat(300)}.pdf`)).toHaveLength(200);
  });

  it("writes a header-safe Content-Disposition for any name", () => {
    const header = contentDisposition('会议 "纪要"; x.pdf');
    expect(header).toMatch(/^attachment; filename="[\x20-\x7e]*"; filename\*=UTF-8''/);
    expect(header).not.toMatch(/[\r\n]/);
    expect(header).toContain("%E4%BC%9A");
  });
});
