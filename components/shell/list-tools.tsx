import { getTranslations } from "next-intl/server";
import { SaveViewButton } from "@/components/saved-views/save-view-button";
import type { Viewer } from "@/lib/auth/viewer";
import type { SavedViewList } from "@/lib/domain/enums";
import type { ResolvedListScope, ScopedList } from "@/lib/domain/list-scope";
import { ScopeSwitch } from "./scope-switch";

/**
 * The row above a list, the calendar or the map: the "my city / whole country"
 * switch (for those with a scope of their own) and, on lists that can be
 * saved, "Save view". `place`: the viewer's own place (db/loaders/viewer-scope.ts's
 * viewerPlace), which the switch names when it shows "mine".
 */
export async function ListTools({
  viewer,
  list,
  scope,
  savable,
  place,
}: {
  viewer: Viewer;
  list: ScopedList;
  scope: ResolvedListScope;
  savable?: SavedViewList;
  place: string | null;
}) {
  const t = await getTranslations("views");
  if (!scope.own && !savable) return null;
  return (
    <div className="mb-4 flex flex-wrap items-start justify-between gap-3">
      {scope.own ? (
        <ScopeSwitch
          list={list}
          choice={scope.choice}
          groupLabel={t("scope.label")}
          labels={{ mine: t(scope.own === "province" ? "scope.mineProvince" : "scope.mineLocality"), all: t("scope.all") }}
          status={scope.choice === "mine" && place ? t("scope.showingMine", { place }) : t("scope.showingAll")}
        />
      ) : (
        <span />
      )}
      {savable ? <SaveViewButton viewer={viewer} list={savable} scope={scope.own ? scope.choice : null} /> : null}
    </div>
  );
}
