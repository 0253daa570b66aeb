import { isUtf8 } from "node:buffer";
import { analyse } from "chardet";

/** The encodings a person may choose for a CSV (WHATWG labels that Node's TextDecoder accepts). */
export const IMPORT_ENCODINGS = ["utf-8", "gb18030", "big5", "shift_jis", "euc-kr", "utf-16le", "windows-1252"] as const;

/** chardet's names → WHATWG labels. GBK text is detected as GB18030, its superset, and decodes as such. */
const FROM_CHARDET: Record<string, string> = {
  "UTF-8": "utf-8",
  "UTF-16LE": "utf-16le",
  "UTF-16BE": "utf-16be",
  GB18030: "gb18030",
  Big5: "big5",
  Shift_JIS: "shift_jis",
  "EUC-JP": "euc-jp",
  "EUC-KR": "euc-kr",
  "ISO-2022-JP": "iso-2022-jp",
  "ISO-8859-1": "windows-1252",
  "ISO-8859-2": "iso-8859-2",
  "ISO-8859-5": "iso-8859-5",
  "ISO-8859-6": "iso-8859-6",
  "ISO-8859-7": "iso-8859-7",
  "ISO-8859-8": "iso-8859-8",
  "ISO-8859-9": "windows-1254",
  "KOI8-R": "koi8-r",
  "windows-1250": "windows-1250",
  "windows-1251": "windows-1251",
  "windows-1252": "windows-1252",
  "windows-1253": "windows-1253",
  "windows-1254": "windows-1254",
  "windows-1256": "windows-1256",
};

/** Enough text to tell the encoding; the detector's time grows with what it reads. */
const SAMPLE_BYTES = 64 * 1024;

function byteOrderMark(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return null;
}

function decodesCleanly(bytes: Uint8Array, encoding: string): boolean {
  try {
    new TextDecoder(encoding, { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * The encoding of a CSV/TXT file's bytes, as a WHATWG label: its byte-order mark if it has one;
 * else UTF-8 if the bytes are valid UTF-8; else chardet's likeliest guess among the encodings that
 * decode the start of the file without error (GB18030 for GBK, Big5, Shift_JIS, EUC-KR, ...).
 */
export function detectEncoding(bytes: Uint8Array): string {
  const marked = byteOrderMark(bytes);
  if (marked) return marked;
  if (isUtf8(bytes)) return "utf-8";
  // Cut the sample back to the last line end, so no character is split in two at its end.
  let sample = bytes.subarray(0, SAMPLE_BYTES);
  const lastLineEnd = sample.lastIndexOf(0x0a);
  if (sample.length === SAMPLE_BYTES && lastLineEnd > 0) sample = sample.subarray(0, lastLineEnd + 1);
  const labels = analyse(sample)
    .map((match) => FROM_CHARDET[match.name])
    .filter((label): label is string => label !== undefined);
  return labels.find((label) => decodesCleanly(sample, label)) ?? labels[0] ?? "windows-1252";
}
