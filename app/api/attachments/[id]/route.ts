import { NextResponse, type NextRequest } from "next/server";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { getAttachment } from "@/db/queries/activities-attachments";
import { getViewer } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { contentDisposition } from "@/lib/domain/attachments";
import { recordId } from "@/lib/validation/activity-fields";
import { ownerLocalityOf } from "@/db/mutations/attachments";
import { ownerOfLocality } from "@/db/queries/activities-scope";
import { readStoredFile } from "../storage";

export const runtime = "nodejs";

/**
 * Downloads a file to a signed-in viewer who may read the record it belongs
 * to, as a download under its cleaned name, never interpreted by the browser as a page.
 */
export async function GET(_request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const t = await getTranslations("errors");
  const viewer = await getViewer();
  if (!viewer) return new NextResponse(t("signedOut"), { status: 401 });
  const id = recordId.safeParse((await params).id);
  if (!id.success) return new NextResponse(t("notFound"), { status: 404 });
  const db = getDb();
  const row = getAttachment(db, id.data);
  if (!row || row.archivedAt) return new NextResponse(t("notFound"), { status: 404 });
  let owner;
  try {
    owner = ownerOfLocality(db, ownerLocalityOf(db, row.ownerType, row.ownerId));
  } catch {
    owner = null;
  }
  if (!owner) return new NextResponse(t("notFound"), { status: 404 });
  if (!can(viewer, "records.read", owner)) return new NextResponse(t("forbidden"), { status: 403 });
  const bytes = await readStoredFile(row.storageKey);
  if (!bytes) return new NextResponse(t("notFound"), { status: 404 });
  return new NextResponse(new Uint8Array(bytes), {
    headers: {
      "Content-Type": row.mimeType,
      "Content-Length": String(bytes.byteLength),
      "Content-Disposition": contentDisposition(row.fileName),
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
      "Cache-Control": "private, no-store",
    },
  });
}
