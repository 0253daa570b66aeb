import path from "node:path";
import { openSync } from "fontkit";

/**
 * The fonts embedded (subset) in every PDF, from npm: nothing is fetched at run time.
 * Noto Sans SC draws Chinese, Japanese kanji and kana, and Latin; Noto Sans KR draws Hangul.
 */
const FONTS = path.join(/*turbopackIgnore: true*/ process.cwd(), "node_modules", "@expo-google-fonts");
export const PDF_FONTS = {
  regular: path.join(FONTS, "noto-sans-sc", "400Regular", "NotoSansSC_400Regular.ttf"),
  bold: path.join(FONTS, "noto-sans-sc", "700Bold", "NotoSansSC_700Bold.ttf"),
  "kr-regular": path.join(FONTS, "noto-sans-kr", "400Regular", "NotoSansKR_400Regular.ttf"),
  "kr-bold": path.join(FONTS, "noto-sans-kr", "700Bold", "NotoSansKR_700Bold.ttf"),
} as const;
export type PdfFont = keyof typeof PDF_FONTS;

const HANGUL = /[\u1100-\u11FF\u3130-\u318F\uAC00-\uD7AF]/;
const HANGUL_RUNS = /[\u1100-\u11FF\u3130-\u318F\uAC00-\uD7AF]+/g;

let korean: ReturnType<typeof openSync> | undefined;
function koreanFontDraws(text: string): boolean {
  korean ??= openSync(PDF_FONTS["kr-regular"]);
  const font = korean;
  return [...text].every((c) => /\s/.test(c) || font.hasGlyphForCodePoint(c.codePointAt(0) ?? 0));
}

/**
 * Which font draws a piece of text, and the text as drawn. Text with Hangul is set in Noto Sans KR
 * (which also has Latin and the traditional hanja); if it also holds characters only the Chinese font
 * has (simplified Chinese, kana), the Hangul is left out and the romanised name beside it stays.
 */
export function pdfText(text: string, bold = false): { font: PdfFont; text: string } {
  if (!HANGUL.test(text)) return { font: bold ? "bold" : "regular", text };
  if (koreanFontDraws(text)) return { font: bold ? "kr-bold" : "kr-regular", text };
  const rest = text.replace(HANGUL_RUNS, "").replace(/\(\s*\)/g, "").replace(/\s{2,}/g, " ").trim();
  return { font: bold ? "bold" : "regular", text: rest };
}
