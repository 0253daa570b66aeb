// The little of fontkit (pdfkit's own font reader) that the PDF export uses; fontkit ships no types.
declare module "fontkit" {
  export function openSync(path: string): { hasGlyphForCodePoint(codePoint: number): boolean };
}
