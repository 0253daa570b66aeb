import { getFormatter, getTranslations } from "next-intl/server";
import type { AttachmentRow } from "@/db/queries/activities-attachments";
import type { AttachmentOwner } from "@/lib/domain/enums";
import { RemoveAttachment } from "./remove-attachment";
import { UploadForm } from "./upload-form";

/** The files of a record: download links for everyone, upload and remove for those who may edit it. */
export async function AttachmentsPanel({
  ownerType,
  ownerId,
  files,
  canEdit,
}: {
  ownerType: AttachmentOwner;
  ownerId: number;
  files: AttachmentRow[];
  canEdit: boolean;
}) {
  const [t, format] = await Promise.all([getTranslations("activities.attachments"), getFormatter()]);
  return (
    <section aria-labelledby="attachments-heading" className="card p-5">
      <h2 id="attachments-heading">{t("heading")}</h2>
      {files.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">{t("empty")}</p>
      ) : (
        <ul className="mt-2 divide-y divide-slate-200">
          {files.map((f) => (
            <li key={f.id} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
              <span>
                <a href={`/api/attachments/${f.id}`} aria-label={t("download", { name: f.fileName })} className="break-all underline">
                  {f.fileName}
                </a>{" "}
                <span className="text-slate-600">· {t("size", { size: format.number(Math.max(1, Math.round(f.sizeBytes / 1024))) })}</span>
              </span>
              {canEdit ? <RemoveAttachment id={f.id} name={f.fileName} /> : null}
            </li>
          ))}
        </ul>
      )}
      {canEdit ? <UploadForm ownerType={ownerType} ownerId={ownerId} /> : null}
    </section>
  );
}
