import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { OfficeToContact, WhoPartnershipRow } from "@/db/queries/sharing-who";
import { StatusBadge } from "@/components/dashboard/status-badge";
import { TableHead } from "@/components/ui/table-head";
import { isoToDate } from "@/components/exchanges/labels";
import { localityLabel } from "@/lib/domain/locality-name";

/** The offices to contact on our side (office and role, never a person's name or details). */
export async function OfficesToContact({ offices }: { offices: OfficeToContact[] }) {
  const t = await getTranslations("sharingWho");
  if (offices.length === 0) return <span className="text-slate-600">{t("officeUnknown")}</span>;
  return (
    <ul>
      {offices.map((o, i) => (
        <li key={i}>{[o.office, o.role].filter(Boolean).join(" · ") || t("officeUnknown")}</li>
      ))}
    </ul>
  );
}

/**
 * Our partnerships in a who-works-with answer: our locality (to the partnership's page) and its province, the place
 * abroad when it is a neighbour's, the status, signing year, last exchange and the office to contact.
 */
export async function WhoPartnershipsTable({
  caption,
  rows,
  showPartner,
}: {
  caption: string;
  rows: (WhoPartnershipRow & { km?: number })[];
  showPartner?: boolean;
}) {
  const [t, te, locale, format] = await Promise.all([getTranslations("sharingWho"), getTranslations("enums"), getLocale(), getFormatter()]);
  const zh = locale === "zh-CN";
  const columns = [
    t("columns.ours"),
    ...(showPartner ? [t("columns.partner")] : []),
    t("columns.status"),
    t("columns.signed"),
    t("columns.lastExchange"),
    t("columns.office"),
  ];
  return (
    <div className="overflow-x-auto">
      <table className="table-base mt-2" data-testid="who-partnerships">
        <TableHead caption={caption} columns={columns} />
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <td>
                <Link href={`/partnerships/${r.id}`} className="font-medium">
                  {localityLabel(r.ours, locale)}
                </Link>
                <span className="block text-xs text-slate-600">{(zh ? r.provinceNameZh : r.provinceNameEn) ?? ""}</span>
              </td>
              {showPartner ? (
                <td>
                  <Link href={`/localities/${r.partner.id}`}>{localityLabel(r.partner, locale)}</Link>
                  {r.km !== undefined ? (
                    <span className="block text-xs text-slate-600">{t("km", { km: format.number(Math.round(r.km)) })}</span>
                  ) : r.partner.stateName ? (
                    <span className="block text-xs text-slate-600">{r.partner.stateName}</span>
                  ) : null}
                </td>
              ) : null}
              <td>{r.status ? <StatusBadge status={r.status} label={te(`partnershipStatus.${r.status}`)} /> : t("noStatus")}</td>
              <td>{r.signedOn ? r.signedOn.slice(0, 4) : "—"}</td>
              <td>{r.lastExchange ? format.dateTime(isoToDate(r.lastExchange), { dateStyle: "medium", timeZone: "UTC" }) : t("never")}</td>
              <td>
                <OfficesToContact offices={r.offices} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
