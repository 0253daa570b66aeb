import { createTranslator } from "next-intl";
import type { PartnerLanguage } from "@/lib/domain/enums";
import en from "@/messages/en/partnerQuestionnaire.json";
import ja from "@/messages/ja/partnerQuestionnaire.json";
import ko from "@/messages/ko/partnerQuestionnaire.json";
import zh from "@/messages/zh-CN/partnerQuestionnaire.json";

/**
 * The partner side's short questionnaire is shown in the partner's language, which may be one the
 * app's own interface does not have (Japanese, Korean). Its texts are the namespace
 * `partnerQuestionnaire` in messages/<language>/ like every other text; messages/ja/ and messages/ko/
 * hold only this namespace (lib/i18n/messages.test.ts compares the keys of all four).
 */
export const PARTNER_NAMESPACE = "partnerQuestionnaire";

const BY_LANGUAGE: Record<PartnerLanguage, typeof en> = { ja, ko, en, "zh-CN": zh };

/** The messages to hand to a `NextIntlClientProvider` for the partner's page. */
export function partnerMessages(language: PartnerLanguage) {
  return { [PARTNER_NAMESPACE]: BY_LANGUAGE[language] };
}

/** A next-intl translator of the partner namespace in the partner's language (server components). */
export function partnerTranslator(language: PartnerLanguage) {
  return createTranslator({ locale: language, messages: partnerMessages(language), namespace: PARTNER_NAMESPACE });
}
