import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { SavedViewItem } from "@/db/queries/saved-views";

/** The sidebar's "Saved views": the viewer's own and their office's shared ones, each a link to its list with its filters. */
export async function SavedViewsNav({ views, place }: { views: SavedViewItem[]; place: "menu" | "sidebar" }) {
  const t = await getTranslations("views");
  // The layout renders it twice (the phone's menu, the desktop's sidebar): ids must differ.
  const titleId = `saved-views-title-${place}`;
  return (
    <nav aria-labelledby={titleId} className="mt-4 border-t border-slate-200 pt-3" data-testid={`saved-views-${place}`}>
      <h2 id={titleId} className="px-3 text-xs font-semibold uppercase tracking-wide text-slate-600">
        {t("sidebar.title")}
      </h2>
      {views.length === 0 ? (
        <p className="px-3 py-1.5 text-xs text-slate-600">{t("sidebar.empty")}</p>
      ) : (
        <ul className="mt-1 flex flex-col gap-0.5">
          {views.map((view) => (
            <li key={view.id}>
              <Link
                href={view.href}
                className="block rounded-md px-3 py-1.5 text-sm text-slate-800 no-underline hover:bg-slate-200 hover:no-underline"
              >
                <span className="block truncate">{view.name}</span>
                <span className="block truncate text-xs text-slate-600">
                  {t(`lists.${view.list}`)}
                  {view.own ? "" : ` · ${t("sidebar.sharedBy", { name: view.ownerName })}`}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      <p className="mt-1 px-3 text-xs">
        <Link href="/saved-views">{t("sidebar.manage")}</Link>
      </p>
    </nav>
  );
}
