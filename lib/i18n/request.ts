import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { timeZone } from "@/lib/domain/clock";
import { LOCALE_COOKIE, isLocale, localeFromAcceptLanguage } from "./locale";
import { loadMessages } from "./messages";

/** The language: the remembered choice (cookie), else the browser's. */
export default getRequestConfig(async () => {
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  const locale = isLocale(chosen) ? chosen : localeFromAcceptLanguage((await headers()).get("accept-language"));
  return { locale, messages: await loadMessages(locale), timeZone: timeZone() };
});
