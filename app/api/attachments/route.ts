import { randomBytes } from "node:crypto";
import { assertMayAttach, createAttachment } from "@/db/mutations/attachments";
import { ATTACHMENT_MAX_BYTES, checkUpload } from "@/lib/domain/attachments";
import { AppError } from "@/lib/errors/app-error";
import { defineRoute } from "@/lib/server/define-route";
import { attachmentOwnerSchema } from "@/lib/validation/attachment";
import { removeStoredFile, storeFile } from "@/db/attachment-storage";

export const runtime = "nodejs";

const MULTIPART_SLACK = 64 * 1024;

/**
 * Uploads one file for an activity, a delegation, a case or an announcement:
 * from this site only, signed in, allowed to edit the record, at most 10 MB, an allowed type whose
 * bytes match its extension. Answers JSON with a translated message; stores
 * nothing on refusal.
 */
export const POST = defineRoute({
  capability: "records.edit",
  errorFormat: "json",
  handler: async ({ viewer, db, req, refuse }) => {
    const length = Number(req.headers.get("content-length") ?? "0");
    if (length > ATTACHMENT_MAX_BYTES + MULTIPART_SLACK) return refuse(413, "activities.attachments.errors.tooLarge");
    let form: FormData;
    try {
      form = await req.formData();
    } catch {
      return refuse(400, "activities.attachments.errors.failed");
    }
    const owner = attachmentOwnerSchema.safeParse({ ownerType: form.get("ownerType"), ownerId: form.get("ownerId") });
    const file = form.get("file");
    if (!owner.success) return refuse(400, "errors.invalidInput");
    if (!(file instanceof File)) return refuse(400, "activities.attachments.errors.noFile");
    // Refusals by scope are AppErrors (forbidden, notFound): defineRoute answers them.
    assertMayAttach(db, viewer, owner.data.ownerType, owner.data.ownerId);
    const bytes = new Uint8Array(await file.arrayBuffer());
    const check = await checkUpload(file.name, bytes.byteLength, bytes);
    if (!check.ok) return refuse(check.reason === "tooLarge" ? 413 : 415, `activities.attachments.errors.${check.reason}`);
    const storageKey = randomBytes(24).toString("base64url");
    const sha256 = await storeFile(storageKey, bytes);
    try {
      const { id } = createAttachment(db, viewer, {
        ...owner.data,
        fileName: check.fileName,
        mimeType: check.mimeType,
        sizeBytes: bytes.byteLength,
        storageKey,
        sha256,
      });
      return Response.json({ ok: true, id });
    } catch (error) {
      await removeStoredFile(storageKey);
      if (error instanceof AppError) return refuse(403, "errors.forbidden");
      throw error;
    }
  },
});
