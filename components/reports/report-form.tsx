import { getTranslations } from "next-intl/server";
import { groupChoices, type GroupedChoice } from "@/lib/domain/option-groups";
import type { ReportScope } from "@/lib/domain/statistics-report";

type Option = { value: string; label: string };

/** The report's scope and period, as a plain GET form (works without JavaScript). */
export async function ReportForm({
  scope,
  period,
  scopes,
  provinces,
  localities,
  years,
}: {
  scope: ReportScope;
  period: { from: number; to: number };
  scopes: Option[];
  provinces: Option[];
  /** Grouped by province, each label unique (groupChoices). */
  localities: GroupedChoice[];
  years: number[];
}) {
  const t = await getTranslations("reports");
  const select = (id: string, label: string, options: Option[], value: string) => (
    <div>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <select id={id} name={id} defaultValue={value} className="input">
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
  const localityGroups = groupChoices(localities);
  const localityValue = scope.kind === "locality" ? String(scope.localityId) : (localities[0]?.value ?? "");
  const localitySelect = (
    <div>
      <label htmlFor="locality" className="field-label">
        {t("locality")}
      </label>
      <select id="locality" name="locality" defaultValue={localityValue} className="input max-w-xs">
        {localityGroups.length === 1
          ? localityGroups[0]?.options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))
          : localityGroups.map((g) => (
              <optgroup key={g.group ?? ""} label={g.group ?? "—"}>
                {g.options.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </optgroup>
            ))}
      </select>
    </div>
  );
  const yearOptions = years.map((y) => ({ value: String(y), label: String(y) }));
  return (
    <form method="get" action="/reports" className="card mb-6 flex flex-wrap items-end gap-3 p-4" aria-label={t("formLabel")}>
      {select("scope", t("scope"), scopes, scope.kind)}
      {provinces.length > 0
        ? select("province", t("province"), provinces, scope.kind === "province" ? scope.provinceCode : (provinces[0]?.value ?? ""))
        : null}
      {localities.length > 0 ? localitySelect : null}
      {select("from", t("fromYear"), yearOptions, String(period.from))}
      {select("to", t("toYear"), yearOptions, String(period.to))}
      <button type="submit" className="btn-primary">
        {t("show")}
      </button>
    </form>
  );
}
