import { getLocale, getTranslations } from "next-intl/server";
import type { coverageChoices } from "@/db/queries/sharing-coverage";

type Choices = ReturnType<typeof coverageChoices>;

/** The coverage views' choices: a country, a province. Plain GET forms, so they work without JavaScript. */
export async function CoverageForms({ choices, country, province }: { choices: Choices; country?: string; province?: string }) {
  const [t, te, locale] = await Promise.all([getTranslations("sharingWho.coverage"), getTranslations("enums"), getLocale()]);
  const zh = locale === "zh-CN";
  return (
    <div className="mb-6 grid gap-4 md:grid-cols-2">
      <form method="get" action="/sharing/coverage" className="card flex flex-wrap items-end gap-3 p-4" aria-label={t("chooseCountry")}>
        {province ? <input type="hidden" name="province" value={province} /> : null}
        <div className="min-w-48 flex-1">
          <label htmlFor="coverage-country" className="field-label">
            {t("country")}
          </label>
          <select id="coverage-country" name="country" className="input w-full" defaultValue={country ?? ""}>
            <option value="">{t("chooseCountry")}</option>
            {choices.countries.map((c) => (
              <option key={c.code} value={c.code}>
                {zh ? `${c.nameZh}（${c.nameEn}）` : c.nameEn}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="btn-secondary">
          {t("show")}
        </button>
      </form>
      <form method="get" action="/sharing/coverage" className="card flex flex-wrap items-end gap-3 p-4" aria-label={t("chooseProvince")}>
        {country ? <input type="hidden" name="country" value={country} /> : null}
        <div className="min-w-48 flex-1">
          <label htmlFor="coverage-province" className="field-label">
            {t("province")}
          </label>
          <select id="coverage-province" name="province" className="input w-full" defaultValue={province ?? ""}>
            <option value="">{t("chooseProvince")}</option>
            {choices.provinces.map((p) => (
              <option key={p.code} value={p.code}>
                {`${zh ? p.nameZh : p.nameEn} · ${te(`region.${p.region}`)}`}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="btn-secondary">
          {t("show")}
        </button>
      </form>
    </div>
  );
}
