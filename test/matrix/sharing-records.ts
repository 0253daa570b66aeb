import { announcements, attachments, cases } from "@/db/schema";
import type { AttachmentOwner } from "@/lib/domain/enums";
import { storeFile } from "@/db/attachment-storage";
import { fresh, type Scope, type World } from "./world";

/** The province of a case's scope: Tianjin's (own) or Shandong (foreign). */
export const provinceOf = (scope: Scope) => (scope === "own" ? "TJ" : "SD");

/** An announcement owned by the scope's province (`office: "province"`) or the nation, to everyone or the scope's province. */
export function insertAnnouncement(
  w: World,
  scope: Scope,
  opts: { office?: "province" | "nation"; audience?: "everyone" | "province"; archived?: boolean } = {},
): number {
  return w.db
    .insert(announcements)
    .values({
      title: fresh("Notice"),
      body: "Read **this**.",
      audienceProvinceCode: opts.audience === "province" ? provinceOf(scope) : null,
      ownerProvinceCode: opts.office === "nation" ? null : provinceOf(scope),
      validFrom: "2020-01-01",
      archivedAt: opts.archived ? new Date() : null,
      createdBy: w.admin.id,
      updatedBy: w.admin.id,
    })
    .returning({ id: announcements.id })
    .get().id;
}

/** A case owned by the scope's locality (or its province alone), published or a draft. */
export function insertCase(w: World, scope: Scope, opts: { office?: "locality" | "province"; published?: boolean } = {}): number {
  return w.db
    .insert(cases)
    .values({
      title: fresh("Case"),
      summary: "summary",
      body: "body",
      category: "youth",
      language: "zh-CN",
      status: opts.published ? "published" : "draft",
      publishedAt: opts.published ? new Date() : null,
      ownerLocalityId: opts.office === "province" ? null : w.ours[scope],
      ownerProvinceCode: provinceOf(scope),
      createdBy: w.admin.id,
      updatedBy: w.admin.id,
    })
    .returning({ id: cases.id })
    .get().id;
}

/** A stored file of the record. */
export async function insertFile(w: World, ownerType: AttachmentOwner, ownerId: number): Promise<number> {
  const storageKey = `matrix${Date.now().toString(36)}${Math.random().toString(36).slice(2)}`.padEnd(24, "0");
  await storeFile(storageKey, new TextEncoder().encode("notes"));
  return w.db
    .insert(attachments)
    .values({
      ownerType,
      ownerId,
      fileName: "notes.txt",
      mimeType: "text/plain",
      sizeBytes: 5,
      storageKey,
      sha256: "0",
      uploadedBy: w.admin.id,
    })
    .returning({ id: attachments.id })
    .get().id;
}
