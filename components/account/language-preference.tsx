import { getLocale, getTranslations } from "next-intl/server";
import { setLocaleAction } from "@/app/actions/locale";
import { LOCALES } from "@/lib/domain/enums";

const NAMES = { "zh-CN": "简体中文", en: "English" } as const;

/** The preferred language, kept with the account (the shared locale action). */
export async function LanguagePreference({ preferred }: { preferred: string | null }) {
  const [t, current] = await Promise.all([getTranslations("account.language"), getLocale()]);
  return (
    <form action={setLocaleAction} className="space-y-3">
      <div>
        <label htmlFor="preferred-locale" className="field-label">
          {t("label")}
        </label>
        <p id="preferred-locale-hint" className="field-hint -mt-0.5 mb-1">
          {t("hint")}
        </p>
        <select
          id="preferred-locale"
          name="locale"
          className="input max-w-xs"
          defaultValue={preferred ?? current}
          aria-describedby="preferred-locale-hint"
        >
          {LOCALES.map((l) => (
            <option key={l} value={l} lang={l}>
              {NAMES[l]}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="btn-secondary">
        {t("save")}
      </button>
    </form>
  );
}
