import { inflateSync } from "node:zlib";

/**
 * The text drawn in a PDF written by pdfkit, one line per text object, for checking what a
 * report prints. Each glyph is read back through its font's ToUnicode CMap, so what is
 * returned is what the fonts really draw (a character printed as a box is not in it).
 */
export function pdfLines(pdf: Buffer): string[] {
  const src = pdf.toString("latin1");
  const objects = new Map<number, { dict: string; stream?: string }>();
  for (const m of src.matchAll(/(\d+) 0 obj\n/g)) {
    const start = (m.index ?? 0) + m[0].length;
    const end = src.indexOf("\nendobj", start);
    const body = src.slice(start, end);
    const at = body.indexOf("stream\n");
    if (at < 0) {
      objects.set(Number(m[1]), { dict: body });
      continue;
    }
    const dict = body.slice(0, at);
    const raw = pdf.subarray(start + at + 7, start + body.lastIndexOf("\nendstream"));
    objects.set(Number(m[1]), { dict, stream: (/\/FlateDecode/.test(dict) ? inflateSync(raw) : raw).toString("latin1") });
  }
  // Font resource name (F1…) → its glyph-to-text map.
  const fontObject = new Map<string, number>();
  for (const { dict } of objects.values()) for (const f of dict.matchAll(/\/(F\d+) (\d+) 0 R/g)) fontObject.set(f[1] ?? "", Number(f[2]));
  const cmaps = new Map<string, Map<number, string>>();
  for (const [name, id] of fontObject) {
    const ref = /\/ToUnicode (\d+) 0 R/.exec(objects.get(id)?.dict ?? "")?.[1];
    const cmap = new Map<number, string>();
    for (const range of (objects.get(Number(ref))?.stream ?? "").matchAll(/<([0-9a-f]{4})> <[0-9a-f]{4}> \[([^\]]*)\]/g)) {
      const first = parseInt(range[1] ?? "0", 16);
      [...(range[2] ?? "").matchAll(/<([0-9a-f ]+)>/g)].forEach((entry, i) => {
        if (first + i > 0) cmap.set(first + i, String.fromCharCode(...(entry[1] ?? "").split(" ").map((h) => parseInt(h, 16))));
      });
    }
    cmaps.set(name, cmap);
  }
  const lines: string[] = [];
  for (const { stream } of objects.values()) {
    if (!stream || !stream.includes(" Tf")) continue;
    for (const block of stream.split("\nET")) {
      let font = "";
      let line = "";
      for (const op of block.matchAll(/\/(F\d+) [\d.]+ Tf|\[([^\]]*)\] TJ|<([0-9a-f]+)> Tj/gi)) {
        if (op[1]) font = op[1];
        const hex = op[2] !== undefined ? [...op[2].matchAll(/<([0-9a-f]+)>/gi)].map((h) => h[1]).join("") : (op[3] ?? "");
        for (let i = 0; i + 4 <= hex.length; i += 4) line += cmaps.get(font)?.get(parseInt(hex.slice(i, i + 4), 16)) ?? "\uFFFD";
      }
      if (line) lines.push(line);
    }
  }
  return lines;
}
