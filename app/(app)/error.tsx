"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";

export default function AppError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors");
  const ta = useTranslations("auth");
  return (
    <div role="alert" className="card max-w-xl p-6">
      <h1>{t("pageErrorTitle")}</h1>
      <p className="mt-3 text-sm text-slate-700">{t("pageErrorBody")}</p>
      <div className="mt-6 flex gap-3">
        <button type="button" className="btn-primary" onClick={reset}>
          {t("tryAgain")}
        </button>
        <Link href="/" className="btn-secondary">
          {ta("toDashboard")}
        </Link>
      </div>
    </div>
  );
}
