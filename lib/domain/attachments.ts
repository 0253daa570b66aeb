/**
 * What may be uploaded: programmes, photos, minutes. The type is decided by
 * the extension AND the file's first bytes; the browser's claim is ignored.
 */
export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;

type Kind = { mime: string; sniff: (b: Uint8Array) => boolean };

const startsWith = (b: Uint8Array, sig: number[], at = 0) => sig.every((v, i) => b[at + i] === v);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

const pdf = (b: Uint8Array) => startsWith(b, ascii("%PDF-"));
const png = (b: Uint8Array) => startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const jpeg = (b: Uint8Array) => startsWith(b, [0xff, 0xd8, 0xff]);
const gif = (b: Uint8Array) => startsWith(b, ascii("GIF87a")) || startsWith(b, ascii("GIF89a"));
const webp = (b: Uint8Array) => startsWith(b, ascii("RIFF")) && startsWith(b, ascii("WEBP"), 8);
const zip = (b: Uint8Array) => startsWith(b, [0x50, 0x4b, 0x03, 0x04]);
const ole = (b: Uint8Array) => startsWith(b, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** Plain text: valid UTF-8 (a BOM allowed) without NUL or other binary control bytes. */
export function looksLikeText(b: Uint8Array): boolean {
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(b);
    return !/[\u0000-\u0008\u000e-\u001a\u007f]/.test(text);
  } catch {
    return false;
  }
}

const KINDS: Record<string, Kind> = {
  pdf: { mime: "application/pdf", sniff: pdf },
  png: { mime: "image/png", sniff: png },
  jpg: { mime: "image/jpeg", sniff: jpeg },
  jpeg: { mime: "image/jpeg", sniff: jpeg },
  gif: { mime: "image/gif", sniff: gif },
  webp: { mime: "image/webp", sniff: webp },
  docx: { mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", sniff: zip },
  xlsx: { mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", sniff: zip },
  pptx: { mime: "application/vnd.openxmlformats-officedocument.presentationml.presentation", sniff: zip },
  odt: { mime: "application/vnd.oasis.opendocument.text", sniff: zip },
  ods: { mime: "application/vnd.oasis.opendocument.spreadsheet", sniff: zip },
  odp: { mime: "application/vnd.oasis.opendocument.presentation", sniff: zip },
  doc: { mime: "application/msword", sniff: ole },
  xls: { mime: "application/vnd.ms-excel", sniff: ole },
  ppt: { mime: "application/vnd.ms-powerpoint", sniff: ole },
  txt: { mime: "text/plain; charset=utf-8", sniff: looksLikeText },
  csv: { mime: "text/csv; charset=utf-8", sniff: looksLikeText },
  md: { mime: "text/markdown; charset=utf-8", sniff: looksLikeText },
};

export const ALLOWED_EXTENSIONS = Object.keys(KINDS);

export type UploadCheck =
  | { ok: true; mimeType: string; fileName: string }
  | { ok: false; reason: "empty" | "tooLarge" | "wrongType" | "contentMismatch" };

/** A display name safe to store and show: no path, no control or bidi characters, at most 200 characters. */
export function cleanFileName(raw: string): string {
  const base = raw.split(/[\\/]/).pop() ?? "";
  const cleaned = base
    .normalize("NFC")
    .replace(/[\u0000-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2066-\u2069"<>:|?*]/g, "")
    .replace(/^[.\s]+/, "")
    .trim();
  if (!cleaned) return "file";
  if (cleaned.length <= 200) return cleaned;
  const dot = cleaned.lastIndexOf(".");
  const ext = dot > 0 && cleaned.length - dot <= 10 ? cleaned.slice(dot) : "";
  return cleaned.slice(0, 200 - ext.length) + ext;
}

export function extensionOf(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : "";
}

/** Checks an upload's name, size and first bytes. */
export function checkUpload(rawName: string, size: number, head: Uint8Array): UploadCheck {
  if (size <= 0) return { ok: false, reason: "empty" };
  if (size > ATTACHMENT_MAX_BYTES) return { ok: false, reason: "tooLarge" };
  const fileName = cleanFileName(rawName);
  const kind = KINDS[extensionOf(fileName)];
  if (!kind) return { ok: false, reason: "wrongType" };
  if (!kind.sniff(head)) return { ok: false, reason: "contentMismatch" };
  return { ok: true, mimeType: kind.mime, fileName };
}

/** The Content-Disposition of a download: an ASCII fallback and the UTF-8 name (RFC 6266 / 5987). */
export function contentDisposition(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\;]/g, "_") || "file";
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
