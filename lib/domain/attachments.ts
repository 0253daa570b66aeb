import { fileTypeFromBuffer } from "file-type/core";
import type { AttachmentOwner } from "./enums";

/**
 * What may be uploaded: programmes, photos, minutes. The type is decided by
 * the extension AND the file's content (sniffed by `file-type`); the browser's claim is ignored.
 */
export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;

/**
 * What the content must be, as `file-type` names it. OOXML and ODF files are
 * ZIP containers and Word 97–2003 files are OLE (CFB) containers: `file-type`
 * names the exact format when it can see it and the container otherwise, so
 * both are accepted, but never another format (an .exe, a PDF, a .docx named .xlsx).
 */
type Kind = { mime: string; content: readonly string[] | "text" };

const ooxml = (ext: string) => [ext, "zip"] as const;
const ole = ["cfb"] as const;

/** Plain text: valid UTF-8 (a BOM allowed) without NUL or other binary control bytes. */
function looksLikeText(b: Uint8Array): boolean {
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(b);
    return !/[\u0000-\u0008\u000e-\u001a\u007f]/.test(text);
  } catch {
    return false;
  }
}

const KINDS: Record<string, Kind> = {
  pdf: { mime: "application/pdf", content: ["pdf"] },
  png: { mime: "image/png", content: ["png"] },
  jpg: { mime: "image/jpeg", content: ["jpg"] },
  jpeg: { mime: "image/jpeg", content: ["jpg"] },
  gif: { mime: "image/gif", content: ["gif"] },
  webp: { mime: "image/webp", content: ["webp"] },
  docx: { mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", content: ooxml("docx") },
  xlsx: { mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", content: ooxml("xlsx") },
  pptx: { mime: "application/vnd.openxmlformats-officedocument.presentationml.presentation", content: ooxml("pptx") },
  odt: { mime: "application/vnd.oasis.opendocument.text", content: ooxml("odt") },
  ods: { mime: "application/vnd.oasis.opendocument.spreadsheet", content: ooxml("ods") },
  odp: { mime: "application/vnd.oasis.opendocument.presentation", content: ooxml("odp") },
  doc: { mime: "application/msword", content: ole },
  xls: { mime: "application/vnd.ms-excel", content: ole },
  ppt: { mime: "application/vnd.ms-powerpoint", content: ole },
  txt: { mime: "text/plain; charset=utf-8", content: "text" },
  csv: { mime: "text/csv; charset=utf-8", content: "text" },
  md: { mime: "text/markdown; charset=utf-8", content: "text" },
};

export const ALLOWED_EXTENSIONS = Object.keys(KINDS);

export type UploadCheck =
  { ok: true; mimeType: string; fileName: string } | { ok: false; reason: "empty" | "tooLarge" | "wrongType" | "contentMismatch" };

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

async function contentMatches(kind: Kind, bytes: Uint8Array): Promise<boolean> {
  if (kind.content === "text") return looksLikeText(bytes);
  const detected = await fileTypeFromBuffer(bytes);
  return detected !== undefined && kind.content.includes(detected.ext);
}

/** Checks an upload's name, size and content (the whole file: ZIP-based formats are told apart by their entries). */
export async function checkUpload(rawName: string, size: number, bytes: Uint8Array): Promise<UploadCheck> {
  if (size <= 0) return { ok: false, reason: "empty" };
  if (size > ATTACHMENT_MAX_BYTES) return { ok: false, reason: "tooLarge" };
  const fileName = cleanFileName(rawName);
  const kind = KINDS[extensionOf(fileName)];
  if (!kind) return { ok: false, reason: "wrongType" };
  if (!(await contentMatches(kind, bytes))) return { ok: false, reason: "contentMismatch" };
  return { ok: true, mimeType: kind.mime, fileName };
}

/** The Content-Disposition of a download: an ASCII fallback and the UTF-8 name (RFC 6266 / 5987). */
export function contentDisposition(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\;]/g, "_") || "file";
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

const OWNER_PAGES: Record<AttachmentOwner, string> = {
  activity: "/activities",
  delegation: "/delegations",
  case: "/sharing/cases",
  announcement: "/sharing/announcements",
};

/** The page of the record a file belongs to (revalidated when the file is removed). */
export function attachmentOwnerPage(ownerType: AttachmentOwner, ownerId: number): string {
  return `${OWNER_PAGES[ownerType]}/${ownerId}`;
}
