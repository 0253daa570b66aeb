import { getFormatter, getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/dashboard/status-badge";
import type { PartnershipDetail } from "@/db/queries/partnerships";
import { nextRoundAnniversary, yearsSince } from "@/lib/domain/anniversary";
import { FactsList } from "@/components/ui/facts-list";

/** The agreement: signing date and age, type, level, signatories, where it is kept, notes, status, next round anniversary. */
export async function AgreementCard({ p, today }: { p: PartnershipDetail; today: string }) {
  const [t, te, format] = await Promise.all([getTranslations("partnerships.detail"), getTranslations("enums"), getFormatter()]);
  const day = (iso: string) => format.dateTime(new Date(`${iso}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" });
  const years = yearsSince(p.signedOn, today);
  const next = nextRoundAnniversary(p.signedOn, today);
  const rows: [string, React.ReactNode][] = [
    [t("signedOn"), p.signedOn ? `${day(p.signedOn)} · ${t("yearsSince", { years: years ?? 0 })}` : t("notRecorded")],
    [t("type"), te(`partnershipType.${p.type}`)],
    [t("partnershipLevel"), te(`partnershipLevel.${p.level}`)],
    [t("status"), p.status ? <StatusBadge key="s" status={p.status} label={te(`partnershipStatus.${p.status}`)} /> : t("notRecorded")],
    [t("signatories"), p.signatories ?? t("notRecorded")],
    [t("agreementLocation"), p.agreementLocation ?? t("notRecorded")],
  ];
  return (
    <section aria-labelledby="agreement-title" className="card p-5">
      <h2 id="agreement-title" className="text-base">
        {t("agreement")}
      </h2>
      <FactsList rows={rows} className="mt-3 grid grid-cols-[minmax(9rem,auto)_1fr] gap-x-4 gap-y-1.5 text-sm" />
      {p.notes ? (
        <div className="mt-3 text-sm">
          <h3 className="font-medium text-slate-700">{t("notes")}</h3>
          <p className="mt-1 whitespace-pre-line text-slate-900">{p.notes}</p>
        </div>
      ) : null}
      <div className="mt-4 rounded-md bg-brand-50 p-3 text-sm" data-testid="anniversary">
        <h3 className="font-medium text-brand-900">{t("anniversary")}</h3>
        <p className="mt-1 text-slate-900">
          {next
            ? next.inDays === 0
              ? t("anniversaryToday", { years: next.years })
              : t("anniversaryText", { years: next.years, date: day(next.date), days: next.inDays })
            : t("noDate")}
        </p>
      </div>
    </section>
  );
}
