/** The delimiters a CSV may use, in the order preferred when two fit equally well. */
export const IMPORT_DELIMITERS = [",", ";", "\t", "|"] as const;

const SAMPLE_LINES = 50;

/** How many fields each of the first non-blank records has when split on `delimiter`, honouring double quotes. */
function fieldCounts(text: string, delimiter: string): number[] {
  const counts: number[] = [];
  let fields = 1;
  let quoted = false;
  let fieldStart = true;
  let content = false;
  for (let i = 0; i < text.length && counts.length < SAMPLE_LINES; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') i++;
        else quoted = false;
      }
    } else if (ch === '"' && fieldStart) {
      quoted = true;
      fieldStart = false;
    } else if (ch === delimiter) {
      fields++;
      fieldStart = true;
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      if (content) counts.push(fields);
      fields = 1;
      fieldStart = true;
      content = false;
      continue;
    } else if (ch !== " ") {
      fieldStart = false;
    }
    content = true;
  }
  if (counts.length < SAMPLE_LINES && content) counts.push(fields);
  return counts;
}

/** How well a delimiter fits: the share of records with the commonest field count (above one), then that count. */
function fit(counts: number[]): [share: number, columns: number] {
  const tally = new Map<number, number>();
  for (const count of counts) tally.set(count, (tally.get(count) ?? 0) + 1);
  let best: [number, number] = [0, 1];
  for (const [columns, records] of tally) {
    if (columns < 2) continue;
    const share = records / counts.length;
    if (share > best[0] || (share === best[0] && columns > best[1])) best = [share, columns];
  }
  return best;
}

/**
 * The delimiter of a CSV's text: the one of comma, semicolon, tab and bar that splits the first
 * ~50 records into the most consistent number of columns (more than one); a comma if none does.
 */
export function detectDelimiter(text: string): string {
  let chosen: string = IMPORT_DELIMITERS[0];
  let best: [number, number] = [0, 1];
  for (const delimiter of IMPORT_DELIMITERS) {
    const score = fit(fieldCounts(text, delimiter));
    if (score[0] > best[0] || (score[0] === best[0] && score[1] > best[1])) [chosen, best] = [delimiter, score];
  }
  return chosen;
}
