import { getLocale, getTranslations } from "next-intl/server";
import { SaveViewButton } from "@/components/saved-views/save-view-button";
import type { Viewer } from "@/lib/auth/viewer";
import type { SavedViewList } from "@/lib/domain/enums";
import type { ResolvedListScope, ScopedList } from "@/lib/domain/list-scope";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locale";
import { ScopeSwitch } from "./scope-switch";
import { viewerScopeLabel } from "./viewer-scope";

/**
 * The row above a list, the calendar or the map: the "my city / whole country"
 * switch (for those with a scope of their own) and, on lists that can be
 * saved, "Save view".
 */
export async function ListTools({ viewer, list, scope, savable }: { viewer: Viewer; list: ScopedList; scope: ResolvedListScope; savable?: SavedViewList }) {
  const [t, locale] = await Promise.all([getTranslations("views"), getLocale()]);
  const place = scope.own ? viewerScopeLabel(viewer, isLocale(locale) ? locale : DEFAULT_LOCALE) : null;
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
