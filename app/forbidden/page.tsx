import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function ForbiddenPage() {
  const t = await getTranslations("auth");
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-16">
      <div className="card p-6">
        <h1>{t("forbiddenTitle")}</h1>
        <p className="mt-3 text-sm text-slate-700">{t("forbiddenBody")}</p>
        <p className="mt-6">
          <Link href="/" className="btn-primary">
            {t("toDashboard")}
          </Link>
        </p>
      </div>
    </main>
  );
}
