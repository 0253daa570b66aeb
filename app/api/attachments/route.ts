import { randomBytes } from "node:crypto";
import { NextResponse, type NextRequest } from "next/server";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { assertMayAttach, createAttachment } from "@/db/mutations/attachments";
import { getViewer } from "@/lib/auth/session";
import { hasCapability } from "@/lib/auth/permissions";
import { ATTACHMENT_MAX_BYTES, checkUpload } from "@/lib/domain/attachments";
import { AppError } from "@/lib/errors/app-error";
import { attachmentOwnerSchema } from "@/lib/validation/attachment";
import { removeStoredFile, storeFile } from "./storage";

export const runtime = "nodejs";

const MULTIPART_SLACK = 64 * 1024;

/**
 * Uploads one file for an activity or a delegation: signed in, allowed to
 * edit the record, at most 10 MB, an allowed type whose bytes match its
 * extension. Answers JSON with a translated message; stores nothing on refusal.
 */
export async function POST(request: NextRequest) {
  const t = await getTranslations();
  const refuse = (status: number, message: string) => NextResponse.json({ ok: false, error: message }, { status });
  const viewer = await getViewer();
  if (!viewer) return refuse(401, t("errors.signedOut"));
  if (!hasCapability(viewer, "records.edit")) return refuse(403, t("errors.forbidden"));
  const length = Number(request.headers.get("content-length") ?? "0");
  if (length > ATTACHMENT_MAX_BYTES + MULTIPART_SLACK) return refuse(413, t("activities.attachments.errors.tooLarge"));
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return refuse(400, t("activities.attachments.errors.failed"));
  }
  const owner = attachmentOwnerSchema.safeParse({ ownerType: form.get("ownerType"), ownerId: form.get("ownerId") });
  const file = form.get("file");
  if (!owner.success) return refuse(400, t("errors.invalidInput"));
  if (!(file instanceof File)) return refuse(400, t("activities.attachments.errors.noFile"));
  const db = getDb();
  try {
    assertMayAttach(db, viewer, owner.data.ownerType, owner.data.ownerId);
  } catch (error) {
    if (error instanceof AppError) return refuse(error.code === "notFound" ? 404 : 403, t(`errors.${error.code === "notFound" ? "notFound" : "forbidden"}`));
    throw error;
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  const check = checkUpload(file.name, bytes.byteLength, bytes.subarray(0, 64 * 1024));
  if (!check.ok) return refuse(check.reason === "tooLarge" ? 413 : 415, t(`activities.attachments.errors.${check.reason}`));
  const storageKey = randomBytes(24).toString("base64url");
  const sha256 = await storeFile(storageKey, bytes);
  try {
    const { id } = createAttachment(db, viewer, { ...owner.data, fileName: check.fileName, mimeType: check.mimeType, sizeBytes: bytes.byteLength, storageKey, sha256 });
    return NextResponse.json({ ok: true, id });
  } catch (error) {
    await removeStoredFile(storageKey);
    if (error instanceof AppError) return refuse(403, t("errors.forbidden"));
    console.error("[attachments]", error);
    return refuse(500, t("errors.unexpected"));
  }
}
