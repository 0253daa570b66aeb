import { getTranslations } from "next-intl/server";

/** The who-works-with search: a plain GET form, so that it works without JavaScript and its answer has an address. */
export async function WhoSearchForm({ q }: { q: string }) {
  const t = await getTranslations("sharingWho.search");
  return (
    <form method="get" action="/sharing" role="search" aria-label={t("label")} className="card flex flex-wrap items-end gap-3 p-4">
      <div className="min-w-64 flex-1">
        <label htmlFor="who-q" className="field-label">
          {t("label")}
        </label>
        <input id="who-q" name="q" type="search" className="input w-full" defaultValue={q} aria-describedby="who-q-hint" maxLength={100} />
        <p id="who-q-hint" className="field-hint">
          {t("hint")}
        </p>
      </div>
      <button type="submit" className="btn-primary mb-6">
        {t("submit")}
      </button>
    </form>
  );
}
