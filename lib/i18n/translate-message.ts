/** A translator able to look up any key from the root ("validation.required"). */
export type RootTranslator = {
  (key: string, values?: Record<string, string | number>): string;
  has(key: string): boolean;
};

/** Decodes a message key with optional JSON parameters (`key|{"n":3}`) and translates it. */
export function translateMessage(t: RootTranslator, message: string | undefined): string {
  if (!message) return t("validation.invalid");
  const bar = message.indexOf("|");
  const key = bar === -1 ? message : message.slice(0, bar);
  let values: Record<string, string | number> = {};
  if (bar !== -1) {
    try {
      values = JSON.parse(message.slice(bar + 1)) as Record<string, string | number>;
    } catch {
      values = {};
    }
  }
  return t.has(key) ? t(key, values) : t("validation.invalid");
}
