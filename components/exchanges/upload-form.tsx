"use client";

import { useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { ALLOWED_EXTENSIONS, ATTACHMENT_MAX_BYTES } from "@/lib/domain/attachments";
import type { AttachmentOwner } from "@/lib/domain/enums";

/** Sends one file to the upload route; the server checks it again (size, type, content, scope). */
export function UploadForm({ ownerType, ownerId }: { ownerType: AttachmentOwner; ownerId: number }) {
  const t = useTranslations("activities.attachments");
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [pending, start] = useTransition();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const id = `upload-${ownerType}-${ownerId}`;
  const onSubmit = (e: React.FormEvent) => {
    e.preventDefault();
    const file = input.current?.files?.[0];
    if (!file) return setMessage({ ok: false, text: t("errors.noFile") });
    if (file.size > ATTACHMENT_MAX_BYTES) return setMessage({ ok: false, text: t("errors.tooLarge") });
    start(async () => {
      const body = new FormData();
      body.set("ownerType", ownerType);
      body.set("ownerId", String(ownerId));
      body.set("file", file);
      try {
        const response = await fetch("/api/attachments", { method: "POST", body });
        const json = (await response.json().catch(() => null)) as { ok?: boolean; error?: string } | null;
        if (response.ok && json?.ok) {
          setMessage({ ok: true, text: t("uploaded") });
          if (input.current) input.current.value = "";
          router.refresh();
        } else setMessage({ ok: false, text: json?.error ?? t("errors.failed") });
      } catch {
        setMessage({ ok: false, text: t("errors.failed") });
      }
    });
  };
  return (
    <form onSubmit={onSubmit} className="mt-4 space-y-2" noValidate>
      <label htmlFor={id} className="field-label">
        {t("fileLabel")}
      </label>
      <p id={`${id}-hint`} className="field-hint -mt-0.5">
        {t("fileHint")}
      </p>
      <div className="flex flex-wrap items-center gap-3">
        <input
          ref={input}
          id={id}
          name="file"
          type="file"
          accept={ALLOWED_EXTENSIONS.map((e) => `.${e}`).join(",")}
          aria-describedby={`${id}-hint${message ? ` ${id}-message` : ""}`}
          aria-invalid={message && !message.ok ? true : undefined}
          className="text-sm"
        />
        <button type="submit" className="btn-secondary" disabled={pending}>
          {pending ? t("uploading") : t("upload")}
        </button>
      </div>
      <p
        id={`${id}-message`}
        role={message && !message.ok ? "alert" : "status"}
        className={message?.ok ? "text-sm text-green-800" : "field-error"}
      >
        {message?.text ?? ""}
      </p>
    </form>
  );
}
