import { getTranslations } from "next-intl/server";
import type { AnnualReportParams } from "@/lib/validation/annual-report";
import { AnnualScopeFields } from "./annual-scope-fields";

type Choice = { value: string; label: string };

async function Field({ name, choices, value }: { name: keyof AnnualReportParams; choices: Choice[]; value: string | undefined }) {
  const t = await getTranslations("annualReport.form");
  return (
    <div>
      <label htmlFor={`annual-${name}`} className="field-label">
        {t(name === "lang" ? "language" : name)}
      </label>
      <select id={`annual-${name}`} name={name} defaultValue={value ?? choices[0]?.value} className="input max-w-xs">
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </div>
  );
}

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
      <Field name="year" value={String(value.year)} choices={years.map((y) => ({ value: String(y), label: String(y) }))} />
      <AnnualScopeFields
        scope={{ name: "scope", label: t("scope"), choices: scopes, value: value.scope }}
        fields={[
          { name: "region", label: t("region"), choices: scopes.some((s) => s.value === "region") ? regions : [], value: value.region },
          { name: "province", label: t("province"), choices: provinces, value: value.province },
          { name: "locality", label: t("locality"), choices: localities, value: value.locality?.toString() },
        ]}
      />
      <Field name="lang" value={value.lang} choices={languages} />
      <button type="submit" className="btn-primary">
        {t("show")}
      </button>
    </form>
  );
}
