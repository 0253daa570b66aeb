import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function NotFound() {
  const [t, ta] = await Promise.all([getTranslations("errors"), getTranslations("auth")]);
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-16">
      <div className="card p-6">
        <h1>{t("notFoundTitle")}</h1>
        <p className="mt-3 text-sm text-slate-700">{t("notFoundBody")}</p>
        <p className="mt-6">
          <Link href="/" className="btn-primary">
            {ta("toDashboard")}
          </Link>
        </p>
      </div>
    </main>
  );
}
