import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { isoToDate } from "@/components/exchanges/labels";
import { FactsList } from "@/components/ui/facts-list";
import type { BoardRow } from "@/db/queries/partner-requests";
import { localityLabel } from "@/lib/domain/locality-name";

type Post = Omit<BoardRow, "responses">;

/** Where a post's seeker is: a province of ours, or a state and country abroad. */
function seekerPlace(post: Post, zh: boolean): string {
  if (post.side === "ours") return (zh ? post.seekerProvinceZh : post.seekerProvinceEn) ?? "";
  return [post.seeker.stateName, zh ? post.seekerCountryZh : post.seekerCountryEn].filter(Boolean).join(zh ? "，" : ", ");
}

/** A post's facts: who seeks, what and where, the fields, the closing date. */
export async function PostFacts({ post, full = false }: { post: Post; full?: boolean }) {
  const [t, te, locale, format] = await Promise.all([getTranslations("board"), getTranslations("enums"), getLocale(), getFormatter()]);
  const zh = locale === "zh-CN";
  const day = (iso: string) => format.dateTime(isoToDate(iso), { dateStyle: "long", timeZone: "UTC" });
  const list = zh ? "、" : ", ";
  const wanted = [
    zh ? post.wantedCountryZh : post.wantedCountryEn,
    zh ? post.wantedProvinceZh : post.wantedProvinceEn,
    post.wantedRegion ? t("facts.regionOf", { region: te(`region.${post.wantedRegion}`) }) : null,
  ].filter(Boolean);
  // A purpose and a category may read the same ("地方特色产业合作"): each field once.
  const fields = [
    ...new Set([...post.purposes.map((p) => te(`purpose.${p}`)), ...post.categories.map((c) => te(`activityCategory.${c}`))]),
  ];
  const rows: [string, React.ReactNode][] = [
    [t("facts.seeker"), `${localityLabel(post.seeker, locale)} · ${seekerPlace(post, zh)}`],
    [t("facts.wanted"), wanted.length ? wanted.join(list) : t("facts.anyWhere")],
    [t("facts.levels"), post.wantedLevels.length ? post.wantedLevels.map((l) => te(`localityLevel.${l}`)).join(list) : t("facts.anyLevel")],
    [t("facts.fields"), fields.length ? fields.join(list) : t("facts.anyField")],
    [t("facts.closesOn"), post.closesOn ? day(post.closesOn) : t("facts.noClosing")],
  ];
  if (full) {
    rows.push([t("facts.posted"), format.dateTime(post.createdAt, { dateStyle: "long" })]);
    if (post.statusChangedAt) rows.push([t("facts.statusChanged"), format.dateTime(post.statusChangedAt, { dateStyle: "long" })]);
  }
  return <FactsList rows={rows} className="grid grid-cols-1 gap-x-4 gap-y-1 text-sm sm:grid-cols-[12rem_1fr]" />;
}

/** The state badge: open, found, closed. */
export async function StateBadge({ state }: { state: Post["state"] }) {
  const t = await getTranslations("board.state");
  const tone =
    state === "open" ? "bg-emerald-100 text-emerald-900" : state === "found" ? "bg-sky-100 text-sky-900" : "bg-slate-200 text-slate-800";
  return <span className={`badge ${tone}`}>{t(state)}</span>;
}
