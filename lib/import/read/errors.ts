/** What a file may hold at most; past these, reading stops with an ImportFileError. */
export const IMPORT_LIMITS = {
  fileBytes: 20 * 1024 * 1024,
  /** What an XLSX may unpack to (its zip's declared sizes), so a zip bomb is refused before it is opened. */
  unpackedBytes: 200 * 1024 * 1024,
  dataRows: 100_000,
  columns: 200,
  cellChars: 10_000,
} as const;

export type ImportFileErrorCode =
  "empty" | "tooLarge" | "tooManyRows" | "tooManyColumns" | "cellTooLong" | "noHeaderRow" | "unreadable" | "unsupported" | "noSheet";

/** Where in the file, and which limit, for the message shown to the person who uploaded it. */
type ImportFileErrorDetails = { row?: number; column?: number; limit?: number; sheet?: string };

/** The one error a file's reading throws, whatever the file holds: `code` names what is wrong. */
export class ImportFileError extends Error {
  readonly code: ImportFileErrorCode;
  readonly details: ImportFileErrorDetails;

  constructor(code: ImportFileErrorCode, details: ImportFileErrorDetails = {}, options?: { cause?: unknown }) {
    super(`import file: ${code}${Object.keys(details).length ? ` ${JSON.stringify(details)}` : ""}`, options);
    this.name = "ImportFileError";
    this.code = code;
    this.details = details;
  }
}
