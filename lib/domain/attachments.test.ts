import { describe, expect, it } from "vitest";
import { ATTACHMENT_MAX_BYTES, checkUpload, cleanFileName, contentDisposition } from "./attachments";

const bytes = (s: string) => new TextEncoder().encode(s);

describe("attachment checks", () => {
  it("accepts a PDF whose bytes say PDF", () => {
    expect(checkUpload("programme.pdf", 100, bytes("%PDF-1.7\n..."))).toEqual({ ok: true, mimeType: "application/pdf", fileName: "programme.pdf" });
  });

  it("refuses a file whose content does not match its extension", () => {
    expect(checkUpload("photo.png", 100, bytes("<html><script>alert(1)</script>"))).toEqual({ ok: false, reason: "contentMismatch" });
    expect(checkUpload("notes.txt", 4, new Uint8Array([0x4d, 0x5a, 0x00, 0x01]))).toEqual({ ok: false, reason: "contentMismatch" });
  });

  it("refuses types outside the allow-list, oversized and empty files", () => {
    expect(checkUpload("setup.exe", 100, bytes("MZ"))).toEqual({ ok: false, reason: "wrongType" });
    expect(checkUpload("image.svg", 100, bytes("<svg/>"))).toEqual({ ok: false, reason: "wrongType" });
    expect(checkUpload("noextension", 100, bytes("hello"))).toEqual({ ok: false, reason: "wrongType" });
    expect(checkUpload("big.pdf", ATTACHMENT_MAX_BYTES + 1, bytes("%PDF-"))).toEqual({ ok: false, reason: "tooLarge" });
    expect(checkUpload("empty.txt", 0, new Uint8Array())).toEqual({ ok: false, reason: "empty" });
  });

  it("accepts UTF-8 text in any script", () => {
    expect(checkUpload("纪要.txt", 20, bytes("会谈纪要：神戸市と天津市"))).toMatchObject({ ok: true, fileName: "纪要.txt" });
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
