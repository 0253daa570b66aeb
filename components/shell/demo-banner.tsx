import { getTranslations } from "next-intl/server";

/**
 * On every page of a demonstration database (signed in or not, the partner's page too): its
 * accounts' password is public, so nobody may take it for the real registry. In the flow of the
 * page, never over it, and with nothing focusable (the skip link stays the first stop).
 * `isDemo`: db/loaders/demo.ts's isRunningDemo().
 */
export async function DemoBanner({ isDemo }: { isDemo: boolean }) {
  if (!isDemo) return null;
  const t = await getTranslations("common");
  return (
    <div
      role="note"
      className="border-b-2 border-amber-700 bg-amber-100 px-4 py-1.5 text-center text-sm font-semibold text-amber-950"
      data-testid="demo-banner"
    >
      {t("demoBanner")}
    </div>
  );
}
