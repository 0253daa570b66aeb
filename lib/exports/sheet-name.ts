const MAX = 31;
/** Characters Excel refuses in a sheet's name. */
const FORBIDDEN = /[\\/?*[\]:]/g;

/**
 * A table's name as an XLSX sheet name: at most 31 characters, cut at a word's end (a Chinese
 * name, without spaces, at a character), never two sheets alike (a number is added: "… (2)").
 */
export function sheetName(name: string, used: Set<string>): string {
  const clean = name.replace(FORBIDDEN, " ").replace(/\s+/g, " ").trim() || "Sheet";
  const fit = (text: string, room: number) => {
    const chars = [...text];
    if (chars.length <= room) return text;
    const cut = chars.slice(0, room).join("");
    const space = cut.lastIndexOf(" ");
    return (space > room / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–-]+$/, "");
  };
  let candidate = fit(clean, MAX);
  for (let n = 2; used.has(candidate.toLowerCase()); n++) candidate = `${fit(clean, MAX - ` (${n})`.length)} (${n})`;
  used.add(candidate.toLowerCase());
  return candidate;
}
