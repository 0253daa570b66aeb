import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { isoToDate } from "@/components/exchanges/labels";

type Meta = {
  audienceProvinceCode: string | null;
  audienceNameEn: string | null;
  audienceNameZh: string | null;
  validFrom: string;
  validUntil: string | null;
  archivedAt: Date | null;
  readCount: number | null;
  audienceSize: number | null;
};

/** An announcement's audience, the days it is shown, and for its office how many have read it. */
export async function AnnouncementMeta({ a, today }: { a: Meta; today: string }) {
  const [t, format, locale] = await Promise.all([getTranslations("announcements"), getFormatter(), getLocale()]);
  const day = (iso: string) => format.dateTime(isoToDate(iso), { dateStyle: "medium", timeZone: "UTC" });
  const audience = a.audienceProvinceCode
    ? ((locale === "zh-CN" ? a.audienceNameZh : a.audienceNameEn) ?? a.audienceProvinceCode)
    : t("everyone");
  return (
    <p className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-700">
      <span>{t("audience", { audience })}</span>
      <span>
        {a.validUntil ? t("validity", { from: day(a.validFrom), until: day(a.validUntil) }) : t("validityOpen", { from: day(a.validFrom) })}
      </span>
      {a.readCount !== null && a.audienceSize !== null ? <span>{t("readBy", { read: a.readCount, audience: a.audienceSize })}</span> : null}
      {a.archivedAt ? <span className="badge">{t("archived")}</span> : null}
      {!a.archivedAt && a.validFrom > today ? <span className="badge">{t("upcoming")}</span> : null}
    </p>
  );
}
