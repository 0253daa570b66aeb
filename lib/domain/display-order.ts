/**
 * Options ordered by the name the reader sees: in English alphabetically (Gansu before Guangdong, not by
 * code), in Chinese by the Chinese collation (pinyin order of 甘肃省, 广东省…).
 */
export function byDisplayName<T extends { label: string }>(options: T[], zh: boolean): T[] {
  const collator = new Intl.Collator(zh ? "zh-CN" : "en");
  return [...options].sort((a, b) => collator.compare(a.label, b.label));
}
