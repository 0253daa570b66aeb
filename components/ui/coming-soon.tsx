import { getTranslations } from "next-intl/server";

/** Says plainly that a section is not built yet: no sample content. */
export async function ComingSoon({ plan }: { plan: string }) {
  const t = await getTranslations("common");
  return (
    <section aria-labelledby="coming-soon-title" className="card max-w-2xl p-6">
      <h2 id="coming-soon-title">{t("comingSoonTitle")}</h2>
      <p className="mt-2 text-sm text-slate-700">{t("comingSoonBody")}</p>
      <p className="mt-3 text-sm text-slate-700">{plan}</p>
    </section>
  );
}
