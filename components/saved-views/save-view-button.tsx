import { getTranslations } from "next-intl/server";
import { savedViewOffice, type ListScopeChoice } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer";
import type { SavedViewList } from "@/lib/domain/enums";
import { SaveViewControl } from "./save-view-control";

const SHARE_KEY = { locality: "shareLocality", province: "shareProvince", nation: "shareNation" } as const;

/** "Save view" for a list page, offering to share with the viewer's office when they have one. */
export async function SaveViewButton({
  viewer,
  list,
  scope = null,
}: {
  viewer: Viewer;
  list: SavedViewList;
  scope?: ListScopeChoice | null;
}) {
  const t = await getTranslations("views.save");
  const office = savedViewOffice(viewer);
  return <SaveViewControl list={list} scope={scope} shareLabel={office.kind === "none" ? null : t(SHARE_KEY[office.kind])} />;
}
