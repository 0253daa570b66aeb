"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { archiveAttachmentAction } from "@/app/(app)/activities/actions";

export function RemoveAttachment({ id, name }: { id: number; name: string }) {
  const t = useTranslations("activities.attachments");
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        className="btn-link text-red-800"
        aria-label={t("archiveLabel", { name })}
        disabled={pending}
        onClick={() =>
          start(async () => {
            const result = await archiveAttachmentAction({ id });
            if (result.ok) router.refresh();
            else setError(result.error);
          })
        }
      >
        {t("archive")}
      </button>
      {error ? (
        <span role="alert" className="field-error ml-2">
          {error}
        </span>
      ) : null}
    </>
  );
}
