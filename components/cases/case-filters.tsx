import { getTranslations } from "next-intl/server";
import { ACTIVITY_CATEGORIES, PARTNER_LANGUAGES } from "@/lib/domain/enums";
import type { CaseListParams } from "@/lib/validation/case";

type Option = { value: string; label: string };

function Select({ name, label, any, options, value }: { name: string; label: string; any: string; options: Option[]; value?: string }) {
  return (
    <div>
      <label htmlFor={`case-filter-${name}`} className="field-label">
        {label}
      </label>
      <select id={`case-filter-${name}`} name={name} defaultValue={value ?? ""} className="input">
        <option value="">{any}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

function Check({ name, label, checked }: { name: string; label: string; checked: boolean }) {
  return (
    <label className="flex items-center gap-2 text-sm">
      <input type="checkbox" name={name} value="1" defaultChecked={checked} />
      {label}
    </label>
  );
}

/** The library's search and filters: a plain GET form, so the URL holds the query and works without script. */
export async function CaseFilters({ params, provinces, canWrite }: { params: CaseListParams; provinces: Option[]; canWrite: boolean }) {
  const [t, te] = await Promise.all([getTranslations("cases"), getTranslations("enums")]);
  return (
    <form method="get" action="/sharing/cases" role="search" aria-label={t("filters.label")} className="card mb-6 space-y-4 p-4">
      <div>
        <label htmlFor="case-filter-q" className="field-label">
          {t("filters.q")}
        </label>
        <input id="case-filter-q" name="q" type="search" defaultValue={params.q} className="input" maxLength={200} />
      </div>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Select
          name="category"
          label={t("fields.category")}
          any={t("filters.any")}
          value={params.category}
          options={ACTIVITY_CATEGORIES.map((c) => ({ value: c, label: te(`activityCategory.${c}`) }))}
        />
        <Select
          name="language"
          label={t("fields.language")}
          any={t("filters.any")}
          value={params.language}
          options={PARTNER_LANGUAGES.map((l) => ({ value: l, label: t(`languages.${l}`) }))}
        />
        <Select name="province" label={t("filters.province")} any={t("filters.any")} value={params.province} options={provinces} />
        <div>
          <label htmlFor="case-filter-tag" className="field-label">
            {t("fields.tag")}
          </label>
          <input id="case-filter-tag" name="tag" defaultValue={params.tag ?? ""} className="input" maxLength={40} />
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-5">
        <Check name="featured" label={t("filters.featured")} checked={Boolean(params.featured)} />
        {canWrite ? (
          <>
            <Check name="mine" label={t("filters.mine")} checked={Boolean(params.mine)} />
            <Check name="drafts" label={t("filters.drafts")} checked={Boolean(params.drafts)} />
            <Check name="archived" label={t("filters.archived")} checked={Boolean(params.archived)} />
          </>
        ) : null}
        <button type="submit" className="btn-primary ml-auto">
          {t("filters.apply")}
        </button>
      </div>
    </form>
  );
}
