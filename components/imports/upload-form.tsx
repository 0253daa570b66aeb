"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { IMPORT_KINDS, type ImportKind } from "@/lib/import/fields";

/** Kind and file: uploads the file as a draft and opens its mapping page. */
export function UploadForm() {
  const t = useTranslations("imports");
  const router = useRouter();
  const [kind, setKind] = useState<ImportKind>("partnerships");
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    setPending(true);
    try {
      const response = await fetch("/api/imports", { method: "POST", body: new FormData(event.currentTarget) });
      const body = (await response.json().catch(() => null)) as { ok: boolean; id?: number; error?: string } | null;
      if (!body?.ok || !body.id) {
        setError(body?.error ?? t("failed"));
        setPending(false);
        return;
      }
      router.push(`/imports/${body.id}`);
    } catch {
      setError(t("failed"));
      setPending(false);
    }
  }

  return (
    <form onSubmit={submit} className="space-y-4" aria-describedby={error ? "upload-error" : undefined}>
      <fieldset>
        <legend className="field-label">{t("new.kind")}</legend>
        <div className="mt-1 space-y-2">
          {IMPORT_KINDS.map((k) => (
            <label key={k} className="flex items-start gap-2 text-sm">
              <input type="radio" name="kind" value={k} checked={kind === k} onChange={() => setKind(k)} className="mt-1" />
              <span>
                <span className="font-medium text-slate-900">{t(`kinds.${k}`)}</span>
                <span className="block text-slate-700">{t(`kindHelp.${k}`)}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <div>
        <label htmlFor="import-file" className="field-label">
          {t("new.file")}
        </label>
        <input id="import-file" name="file" type="file" required accept=".csv,.txt,.tsv,.xlsx,.xls" className="input mt-1" />
      </div>
      {error ? (
        <p id="upload-error" role="alert" className="field-error">
          {error}
        </p>
      ) : null}
      <button type="submit" className="btn-primary" disabled={pending}>
        {pending ? t("new.uploading") : t("new.upload")}
      </button>
    </form>
  );
}
