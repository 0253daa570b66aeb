import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { getDb } from "@/db/client";
import { isDemoDatabase } from "@/db/queries/app-meta";

/** One read of app_meta per request, however many times it is asked for. */
const readIsDemo = cache(() => isDemoDatabase(getDb()));

/**
 * On every page of a demonstration database (signed in or not, the partner's page too): its
 * accounts' password is public, so nobody may take it for the real registry. In the flow of the
 * page, never over it, and with nothing focusable (the skip link stays the first stop).
 */
export async function DemoBanner() {
  await connection(); // the running database decides, never the build
  if (!readIsDemo()) return null;
  const t = await getTranslations("common");
  return (
    <div role="note" className="border-b-2 border-amber-700 bg-amber-100 px-4 py-1.5 text-center text-sm font-semibold text-amber-950" data-testid="demo-banner">
      {t("demoBanner")}
    </div>
  );
}
