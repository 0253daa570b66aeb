import { getTranslations } from "next-intl/server";
import type { AnnualReportParams } from "@/lib/validation/annual-report";

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
 * The region, province and city menus are read only for the scope that names them.
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
      <Field name="scope" value={value.scope} choices={scopes} />
      {scopes.some((s) => s.value === "region") ? <Field name="region" value={value.region} choices={regions} /> : null}
      {provinces.length ? <Field name="province" value={value.province} choices={provinces} /> : null}
      {localities.length ? <Field name="locality" value={value.locality?.toString()} choices={localities} /> : null}
      <Field name="lang" value={value.lang} choices={languages} />
      <button type="submit" className="btn-primary">
        {t("show")}
      </button>
    </form>
  );
}
