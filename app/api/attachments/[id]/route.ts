import { getAttachment } from "@/db/queries/activities-attachments";
import { contentDisposition } from "@/lib/domain/attachments";
import { defineRoute } from "@/lib/server/define-route";
import { recordId } from "@/lib/validation/activity-fields";
import { attachmentOwnerOf, mayReadAttachmentsOf } from "@/db/queries/attachment-owners";
import { readStoredFile } from "@/db/attachment-storage";

export const runtime = "nodejs";

/**
 * Downloads a file to a signed-in viewer who may read the record it belongs
 * to, as a download under its cleaned name, never interpreted by the browser as a page.
 */
export const GET = defineRoute({
  capability: "records.read",
  handler: async ({ viewer, db, params, refuse }) => {
    // Digits only: the coercing id schema would also read "0x10" or " 1 " as a number.
    const id = typeof params.id === "string" && /^\d{1,10}$/.test(params.id) ? recordId.safeParse(params.id) : null;
    if (!id?.success) return refuse(404, "errors.notFound");
    const row = getAttachment(db, id.data);
    if (!row || row.archivedAt) return refuse(404, "errors.notFound");
    const owner = attachmentOwnerOf(db, row.ownerType, row.ownerId);
    if (!owner) return refuse(404, "errors.notFound");
    if (!mayReadAttachmentsOf(viewer, owner)) return refuse(403, "errors.forbidden");
    const bytes = await readStoredFile(row.storageKey);
    if (!bytes) return refuse(404, "errors.notFound");
    return new Response(new Uint8Array(bytes), {
      headers: {
        "Content-Type": row.mimeType,
        "Content-Length": String(bytes.byteLength),
        "Content-Disposition": contentDisposition(row.fileName),
        "X-Content-Type-Options": "nosniff",
        "Content-Security-Policy": "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
        "Cache-Control": "private, no-store",
      },
    });
  },
});
