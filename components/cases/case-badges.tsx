import { getTranslations } from "next-intl/server";

/** A case's state beside its title: featured, a draft, hidden (with the reason, for its office), archived. */
export async function CaseBadges({
  c,
}: {
  c: { featured: boolean; status: string; hiddenAt: Date | null; hiddenReason: string | null; archivedAt: Date | null };
}) {
  const t = await getTranslations("cases.badges");
  return (
    <>
      {c.featured ? <span className="badge border-amber-600 bg-amber-50 text-amber-900">{t("featured")}</span> : null}
      {c.status === "draft" ? <span className="badge">{t("draft")}</span> : null}
      {c.hiddenAt ? <span className="badge border-red-700 bg-red-50 text-red-900">{t("hidden")}</span> : null}
      {c.archivedAt ? <span className="badge">{t("archived")}</span> : null}
      {c.hiddenAt && c.hiddenReason ? (
        <p className="mt-1 w-full text-sm text-red-900" data-testid="hidden-reason">
          {t("hiddenReason", { reason: c.hiddenReason })}
        </p>
      ) : null}
    </>
  );
}
