import { getLocale, getTranslations } from "next-intl/server";
import { setLocaleAction } from "@/app/actions/locale";
import { LOCALES } from "@/lib/domain/enums";

const LABELS = { "zh-CN": "简体中文", en: "English" } as const;

/** Two buttons, no script needed; the current language is marked as pressed. */
export async function LanguageSwitch() {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("common")]);
  return (
    <form
      action={setLocaleAction}
      aria-label={t("language")}
      className="flex items-center rounded-md border border-slate-300 bg-white p-0.5 text-sm"
    >
      {LOCALES.map((l) => (
        <button
          key={l}
          type="submit"
          name="locale"
          value={l}
          lang={l}
          aria-pressed={l === locale}
          className={
            l === locale
              ? "rounded px-2.5 py-1 font-medium bg-brand-700 text-white"
              : "rounded px-2.5 py-1 text-slate-700 hover:bg-slate-100"
          }
        >
          {LABELS[l]}
        </button>
      ))}
    </form>
  );
}
