import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { PartnershipDetail } from "@/db/queries/partnerships";
import { PageHeader } from "@/components/ui/page-header";
import { partnershipName } from "@/lib/domain/locality-name";
import { ArchiveControl } from "./archive-control";

/** The page title of a partnership (both names), its actions, and the archived notice. */
export async function PartnershipHeading({ p, canEdit }: { p: PartnershipDetail; canEdit: boolean }) {
  const [t, locale] = await Promise.all([getTranslations("partnerships"), getLocale()]);
  const archived = p.archivedAt !== null;
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/partnerships">{t("detail.backToList")}</Link>
      </p>
      <PageHeader
        title={partnershipName(p.ours, p.partner, locale)}
        description={
          locale === "zh-CN" ? `${p.ours.nameRomanised} – ${p.partner.nameRomanised}` : `${p.ours.nameLocal} – ${p.partner.nameLocal}`
        }
        actions={
          canEdit ? (
            <>
              {archived ? null : (
                <Link href={`/partnerships/${p.id}/edit`} className="btn-primary">
                  {t("detail.edit")}
                </Link>
              )}
              <ArchiveControl id={p.id} version={p.version} archived={archived} />
            </>
          ) : null
        }
      />
      {archived ? (
        <p
          role="status"
          className="mb-4 rounded-md border border-slate-400 bg-slate-100 p-3 text-sm text-slate-900"
          data-testid="archived-notice"
        >
          {t("detail.archivedNotice")}
        </p>
      ) : null}
      {!canEdit ? <p className="mb-4 text-sm text-slate-600">{t("detail.readOnly")}</p> : null}
    </>
  );
}
