import { createTranslator } from "next-intl";
import { NAMESPACES } from "@/lib/i18n/namespaces";
import type { RootTranslator } from "@/lib/i18n/translate-message";

type Messages = Record<string, Record<string, unknown>>;

let messages: Messages | null = null;

/** messages/en, every namespace, read once. */
export async function englishMessages(): Promise<Messages> {
  if (!messages) {
    const entries = await Promise.all(NAMESPACES.map(async (ns) => [ns, (await import(`../../messages/en/${ns}.json`)).default] as const));
    messages = Object.fromEntries(entries);
  }
  return messages;
}

const translators = new Map<string, RootTranslator>();

/** A translator over messages/en, from the root or a namespace, as getTranslations gives (made once each). */
export async function englishTranslator(namespace?: string): Promise<RootTranslator> {
  const key = namespace ?? "";
  if (!translators.has(key)) {
    const t = createTranslator({
      locale: "en",
      messages: await englishMessages(),
      namespace: namespace as never,
      timeZone: "Asia/Shanghai",
    });
    translators.set(key, t as unknown as RootTranslator);
  }
  return translators.get(key)!;
}

/** The English text of a root key, to compare a result's message with. */
export async function english(key: string, values?: Record<string, string | number>): Promise<string> {
  return (await englishTranslator())(key, values);
}

/** A stand-in for next-intl/server (vi.mock's factory). */
export function intlServerMock() {
  return {
    getTranslations: async (opts?: string | { namespace?: string }) => englishTranslator(typeof opts === "string" ? opts : opts?.namespace),
    getLocale: async () => "en",
    getMessages: async () => englishMessages(),
    getTimeZone: async () => "Asia/Shanghai",
    getRequestConfig: (fn: unknown) => fn,
  };
}
