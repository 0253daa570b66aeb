import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** Reports → Annual report: the link on the reports page. */
export async function AnnualReportLink() {
  const t = await getTranslations("annualReport");
  return (
    <p className="mb-4 text-sm">
      <Link href="/reports/annual" className="btn-link">
        {t("link")}
      </Link>
    </p>
  );
}
