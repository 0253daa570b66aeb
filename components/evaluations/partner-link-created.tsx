"use client";

import { useEffect, useRef, useState } from "react";
import { useFormatter, useTranslations } from "next-intl";

/** The new link, shown once: copy it or open an email with it. */
export function CreatedLink({ url, expiresAt, email }: { url: string; expiresAt: string; email: string }) {
  const t = useTranslations("partner");
  const format = useFormatter();
  const [copied, setCopied] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  const mailto = `mailto:${encodeURIComponent(email)}?subject=${encodeURIComponent(t("emailSubject"))}&body=${encodeURIComponent(url)}`;
  return (
    <div ref={ref} tabIndex={-1} role="status" className="rounded-md border-2 border-green-700 bg-green-50 p-4" data-testid="created-link">
      <h3 className="text-sm font-semibold text-green-950">{t("createdTitle")}</h3>
      <p className="mt-1 text-sm text-slate-800">
        {t("createdBody", { date: format.dateTime(new Date(expiresAt), { dateStyle: "medium", timeStyle: "short" }) })}
      </p>
      <label htmlFor="partner-link-url" className="field-label mt-3">
        {t("linkLabel")}
      </label>
      <input id="partner-link-url" readOnly className="input font-mono" value={url} onFocus={(e) => e.currentTarget.select()} />
      <div className="mt-2 flex flex-wrap items-center gap-3">
        <button
          type="button"
          className="btn-secondary"
          onClick={() => {
            void navigator.clipboard?.writeText(url).then(() => setCopied(true));
          }}
        >
          {t("copy")}
        </button>
        <a href={mailto} className="btn-link">
          {t("email")}
        </a>
        {copied ? <span className="text-sm text-green-900">{t("copied")}</span> : null}
      </div>
    </div>
  );
}
