import { getTranslations } from "next-intl/server";
import type { AnnualReportParams } from "@/lib/validation/annual-report";
import { AnnualMenu, AnnualScopeFields } from "./annual-scope-fields";

type Choice = { value: string; label: string };

/**
 * The annual report's settings as a plain GET form (works without JavaScript): the page
 * reads its URL with the same schema (lib/validation/annual-report.ts) as the file's route.
 * The scope menu shows the one region, province or city menu that scope needs (AnnualScopeFields).
 */
export async function AnnualReportForm({
  value,
  scopes,
  regions,
  provinces,
  localities,
  years,
  languages,
}: {
  value: AnnualReportParams;
  scopes: Choice[];
  regions: Choice[];
  provinces: Choice[];
  localities: Choice[];
  years: number[];
  languages: Choice[];
}) {
  const t = await getTranslations("annualReport.form");
  return (
    <form method="get" action="/reports/annual" className="card mb-6 flex flex-wrap items-end gap-3 p-4" aria-label={t("legend")}>
      <AnnualMenu
        name="year"
        label={t("year")}
        value={String(value.year)}
        choices={years.map((y) => ({ value: String(y), label: String(y) }))}
      />
      <AnnualScopeFields
        scope={{ name: "scope", label: t("scope"), choices: scopes, value: value.scope }}
        fields={[
          { name: "region", label: t("region"), choices: scopes.some((s) => s.value === "region") ? regions : [], value: value.region },
          { name: "province", label: t("province"), choices: provinces, value: value.province },
          { name: "locality", label: t("locality"), choices: localities, value: value.locality?.toString() },
        ]}
      />
      <AnnualMenu name="lang" label={t("language")} value={value.lang} choices={languages} />
      <button type="submit" className="btn-primary">
        {t("show")}
      </button>
    </form>
  );
}
