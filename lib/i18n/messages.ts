import type { Locale } from "@/lib/domain/enums";
import { NAMESPACES } from "./namespaces";

export type Messages = Record<string, unknown>;

/** All namespaces of one locale, merged into one messages object. */
export async function loadMessages(locale: Locale): Promise<Messages> {
  const entries = await Promise.all(
    NAMESPACES.map(async (ns) => [ns, (await import(`../../messages/${locale}/${ns}.json`)).default] as const),
  );
  return Object.fromEntries(entries);
}
