import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { LocalitySide } from "@/db/queries/localities";
import { localityLevelLabel } from "@/lib/domain/locality-level";
import { localityName } from "@/lib/domain/locality-name";
import { FactsList } from "@/components/ui/facts-list";

/** One side of a partnership: names in both scripts, country, province or state, level. */
export async function SideCard({ title, side, headingId }: { title: string; side: LocalitySide; headingId: string }) {
  const [t, te, locale] = await Promise.all([getTranslations("partnerships.detail"), getTranslations("enums"), getLocale()]);
  const zh = locale === "zh-CN";
  const place = side.countryCode === "CN" ? (zh ? side.provinceNameZh : side.provinceNameEn) : side.stateName;
  const rows: [string, React.ReactNode][] = [
    // The Chinese name of a place abroad (ours are named in Chinese already).
    ...(side.countryCode === "CN" ? [] : [[t("nameZh"), side.nameZh ?? "—"] as [string, React.ReactNode]]),
    [
      t("nameLocal"),
      <span
        key="l"
        lang={side.countryCode === "JP" ? "ja" : side.countryCode === "KR" ? "ko" : side.countryCode === "CN" ? "zh-CN" : undefined}
      >
        {side.nameLocal}
      </span>,
    ],
    [t("nameRomanised"), side.nameRomanised],
    [t("country"), zh ? side.countryNameZh : side.countryNameEn],
    [t("place"), place ?? "—"],
    [t("level"), te(localityLevelLabel(side.level, side.countryCode, side))],
  ];
  return (
    <section aria-labelledby={headingId} className="card p-5">
      <h2 id={headingId} className="text-base">
        {title}
      </h2>
      <FactsList rows={rows} className="mt-3 grid grid-cols-[minmax(7rem,auto)_1fr] gap-x-4 gap-y-1.5 text-sm" />
      <p className="mt-3 text-sm">
        <Link href={`/localities/${side.id}`}>{t("openLocality", { name: localityName(side, locale) })}</Link>
      </p>
    </section>
  );
}
