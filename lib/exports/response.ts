export const MIME = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
} as const;

export type ExportFormat = keyof typeof MIME;

/** A download: the body streams, the name is safe in both the plain and the UTF-8 form. */
export function downloadResponse(body: ReadableStream<Uint8Array> | Uint8Array, baseName: string, format: ExportFormat): Response {
  const ascii = baseName.replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^-+|-+$/g, "") || "export";
  const headers = new Headers({
    "Content-Type": MIME[format],
    "Content-Disposition": `attachment; filename="${ascii}.${format}"; filename*=UTF-8''${encodeURIComponent(`${baseName}.${format}`)}`,
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
  });
  return new Response(body as BodyInit, { status: 200, headers });
}

/** A refusal or bad request with a translated, plain-text message (never a 500). */
export function textResponse(status: number, message: string): Response {
  return new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}
