/** What the column builders need: header text, enum labels, and the language. */
export type Labels = {
  header: (key: string) => string;
  enumLabel: (group: string, value: string | null | undefined) => string;
  zh: boolean;
};

export const pick = (zh: boolean, en: unknown, cn: unknown): string | null => ((zh ? cn : en) as string | null) ?? null;
