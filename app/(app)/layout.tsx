import { getTranslations } from "next-intl/server";
import { AppHeader } from "@/components/shell/app-header";
import { MainNav } from "@/components/shell/main-nav";
import { SavedViewsNav } from "@/components/shell/saved-views-nav";
import { SECTION_HREF, visibleSections } from "@/components/shell/nav-items";
import { getDb } from "@/db/client";
import { viewerPlace } from "@/db/loaders/viewer-scope";
import { isDemoDatabase } from "@/db/queries/app-meta";
import { visibleSavedViews } from "@/db/queries/saved-views";
import { requireViewer } from "@/lib/auth/session";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const viewer = await requireViewer();
  const [t, tn] = await Promise.all([getTranslations("common"), getTranslations("nav")]);
  const items = visibleSections(viewer).map((section) => ({ href: SECTION_HREF[section], label: tn(section) }));
  const views = visibleSavedViews(getDb(), viewer);
  return (
    <div className="flex min-h-screen flex-col">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        {t("skipToContent")}
      </a>
      <AppHeader viewer={viewer} scope={await viewerPlace(viewer)} />
      <div className="mx-auto flex w-full max-w-screen-2xl flex-1 flex-col md:flex-row">
        <aside className="border-b border-slate-200 bg-slate-100 md:w-56 md:shrink-0 md:border-b-0 md:border-r">
          <details className="group md:hidden">
            <summary className="cursor-pointer px-4 py-2.5 text-sm font-medium text-slate-800">{t("openMenu")}</summary>
            <div className="px-2 pb-2">
              <MainNav items={items} label={t("mainNavigation")} />
              <SavedViewsNav views={views} place="menu" />
            </div>
          </details>
          <div className="hidden p-2 md:block md:sticky md:top-0">
            <MainNav items={items} label={t("mainNavigation")} />
            <SavedViewsNav views={views} place="sidebar" />
          </div>
        </aside>
        <main id="main" tabIndex={-1} className="min-w-0 flex-1 px-4 py-6 md:px-8">
          {children}
        </main>
      </div>
      <footer className="border-t border-slate-200 bg-white px-4 py-4 text-center text-xs text-slate-600">
        <p>{t("footer")}</p>
        {isDemoDatabase(getDb()) ? <p className="mt-1">{t("dataAttribution")}</p> : null}
      </footer>
    </div>
  );
}
