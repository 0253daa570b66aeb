"use client";

import { useTranslations } from "next-intl";
import { translateMessage, type RootTranslator } from "@/lib/i18n/translate-message";

/**
 * Turns a field error into text: zod's messages are keys ("validation.…"),
 * the server's are already translated.
 */
export function useErrorText(): (message: string | undefined) => string {
  const t = useTranslations() as unknown as RootTranslator;
  return (message) => (message && !message.startsWith("validation.") ? message : translateMessage(t, message));
}
