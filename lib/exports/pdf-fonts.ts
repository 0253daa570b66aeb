import path from "node:path";
import { openSync } from "fontkit";

/**
 * The fonts embedded (subset) in every PDF, from npm: nothing is fetched at run time.
 * No one font has every script in the data, so text is set in runs, each in the first
 * font of this list that has its characters:
 * - Noto Sans: Latin with every diacritic (Łódź, İzmir, Santa Luċija), Cyrillic (Харків), Greek;
 * - Noto Sans SC: Chinese, Japanese kanji and kana, full-width punctuation;
 * - Noto Sans KR: Hangul (인천광역시).
 * TTF, not WOFF2: pdfkit embeds TrueType/OpenType only.
 */
const FONTS = path.join(/*turbopackIgnore: true*/ process.cwd(), "node_modules", "@expo-google-fonts");
export const PDF_FONTS = {
  regular: path.join(FONTS, "noto-sans", "400Regular", "NotoSans_400Regular.ttf"),
  bold: path.join(FONTS, "noto-sans", "700Bold", "NotoSans_700Bold.ttf"),
  "sc-regular": path.join(FONTS, "noto-sans-sc", "400Regular", "NotoSansSC_400Regular.ttf"),
  "sc-bold": path.join(FONTS, "noto-sans-sc", "700Bold", "NotoSansSC_700Bold.ttf"),
  "kr-regular": path.join(FONTS, "noto-sans-kr", "400Regular", "NotoSansKR_400Regular.ttf"),
  "kr-bold": path.join(FONTS, "noto-sans-kr", "700Bold", "NotoSansKR_700Bold.ttf"),
} as const;
export type PdfFont = keyof typeof PDF_FONTS;

/** The fallback order, in each weight. */
const ORDER: Record<"regular" | "bold", PdfFont[]> = {
  regular: ["regular", "sc-regular", "kr-regular"],
  bold: ["bold", "sc-bold", "kr-bold"],
};

type Face = { hasGlyphForCodePoint(codePoint: number): boolean };
const faces = new Map<PdfFont, Face>();
const known = new Map<PdfFont, Map<number, boolean>>();

/** Whether a font has a glyph for a character (the answers are kept: a report asks for the same few thousand). */
export function fontHas(font: PdfFont, codePoint: number): boolean {
  let cache = known.get(font);
  if (!cache) known.set(font, (cache = new Map()));
  let has = cache.get(codePoint);
  if (has === undefined) {
    let face = faces.get(font);
    if (!face) faces.set(font, (face = openSync(PDF_FONTS[font])));
    has = face.hasGlyphForCodePoint(codePoint);
    cache.set(codePoint, has);
  }
  return has;
}

/** Spaces, digits, punctuation and symbols: shared by the scripts, so they stay in the run they are in. */
const NEUTRAL = /^[\s\p{N}\p{P}\p{S}]$/u;

export type TextRun = { font: PdfFont; text: string };

/**
 * A text cut into runs, each set in the first font (in ORDER) that has its characters.
 * Neutral characters (a space, a digit, a bracket) stay in the current run when its font
 * has them, so "인천광역시 (Incheon)" is two runs, not four. A character no font has
 * (none in the data today) is left in the current run, where it prints as the font's
 * empty box rather than disappearing: see `missingGlyphs`.
 */
export function textRuns(text: string, bold = false): TextRun[] {
  const order = ORDER[bold ? "bold" : "regular"];
  const runs: TextRun[] = [];
  let current: TextRun | undefined;
  for (const char of text) {
    const cp = char.codePointAt(0) ?? 0;
    let font: PdfFont;
    if (current && NEUTRAL.test(char) && fontHas(current.font, cp)) font = current.font;
    else font = order.find((f) => fontHas(f, cp)) ?? current?.font ?? order[0]!;
    if (current && current.font === font) current.text += char;
    else runs.push((current = { font, text: char }));
  }
  return runs.length ? runs : [{ font: order[0]!, text: "" }];
}

/** The characters of a text that no run's font can draw (line breaks aside). */
export function missingGlyphs(text: string, bold = false): string[] {
  return textRuns(text, bold).flatMap((run) => [...run.text].filter((c) => c !== "\n" && !fontHas(run.font, c.codePointAt(0) ?? 0)));
}
