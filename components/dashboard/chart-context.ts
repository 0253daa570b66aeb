import type { LinkBase } from "@/lib/domain/statistics-links";

/** What building the charts needs: translations, the language, and the scope for links. */
export type ChartContext = {
  t: (key: string, values?: Record<string, string | number>) => string;
  enumLabel: (group: string, value: string) => string;
  zh: boolean;
  link: LinkBase;
};

export function localName(ctx: ChartContext, row: { nameEn: string; nameZh: string }): string {
  return ctx.zh ? row.nameZh : row.nameEn;
}
