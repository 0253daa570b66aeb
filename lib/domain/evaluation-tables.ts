import { largestRemainderPercentages } from "./percentages";

/** The row of a question nobody answered (an imported answer without that column, a draft's gap). */
export const UNANSWERED = "unanswered";
/** "Most frequent activity": none happened (the category left empty on an answered questionnaire). */
export const NONE_HAPPENED = "none";

/** One row of a results table: a count and its share to one decimal; `choiceShare` for a multiple choice. */
export type TableRow = { key: string; count: number; percent: number; choiceShare?: number };

/** A single-choice table: a row per answer (and the extra rows), shares by largest remainder, total = answers. */
export type ChoiceTable = { rows: TableRow[]; total: number };

/**
 * A single-choice question's table: a row for every choice and for each extra row ("not answered", "none"),
 * so that the total is the number of answers. An extra row listed in `hideIfZero` is left out when empty.
 */
export function choiceTable(
  keys: readonly string[],
  counts: ReadonlyMap<string, number>,
  extra: readonly string[] = [UNANSWERED],
  hideIfZero: readonly string[] = [],
): ChoiceTable {
  const all = [...keys, ...extra.filter((k) => !hideIfZero.includes(k) || (counts.get(k) ?? 0) > 0)];
  const values = all.map((k) => counts.get(k) ?? 0);
  const shares = largestRemainderPercentages(values);
  return { rows: all.map((key, i) => ({ key, count: values[i] ?? 0, percent: shares[i] ?? 0 })), total: values.reduce((s, n) => s + n, 0) };
}

/** A share of a base to one decimal, half up (a respondent share: these do not add up to 100). */
export function shareOf(count: number, base: number): number {
  return base > 0 ? Math.round((count * 1000) / base) / 10 : 0;
}

/** A multiple choice's table as the report prints it: the share of respondents (the base), with the share of all choices beside it. */
export type MultipleChoiceTable = { rows: TableRow[]; respondents: number; choices: number; unanswered: number };

export function multipleChoiceTable(
  keys: readonly string[],
  counts: ReadonlyMap<string, number>,
  respondents: number,
  answers: number,
): MultipleChoiceTable {
  const values = keys.map((k) => counts.get(k) ?? 0);
  const choiceShares = largestRemainderPercentages(values);
  return {
    rows: keys.map((key, i) => ({
      key,
      count: values[i] ?? 0,
      percent: shareOf(values[i] ?? 0, respondents),
      choiceShare: choiceShares[i] ?? 0,
    })),
    respondents,
    choices: values.reduce((s, n) => s + n, 0),
    unanswered: answers - respondents,
  };
}

/** Adds `n` to a tally under `key`. */
function add(tally: Map<string, number>, key: string, n: number): void {
  tally.set(key, (tally.get(key) ?? 0) + n);
}

/** One group of approved answers with the same answers to every single-choice question (a row of a GROUP BY). */
export type AnswerGroup = {
  country: string;
  status: string | null;
  trend: string | null;
  category: string | null;
  imported: boolean;
  effect: string | null;
  partnerStatus: string | null;
  n: number;
};

/** The key of a category answer: the category, "none happened" (empty on an answer made in Amity), or "not answered" (empty on an imported one). */
export function categoryKey(category: string | null, imported: boolean): string {
  return category ?? (imported ? UNANSWERED : NONE_HAPPENED);
}

/** The pairs answered on both sides (our status and the partner's latest status): each side's table of the same pairs. */
export function sideTables(
  statuses: readonly string[],
  groups: readonly AnswerGroup[],
): { ours: ChoiceTable; partner: ChoiceTable; pairs: number } {
  const ours = new Map<string, number>();
  const partner = new Map<string, number>();
  for (const g of groups) {
    if (!g.status || !g.partnerStatus) continue;
    add(ours, g.status, g.n);
    add(partner, g.partnerStatus, g.n);
  }
  const o = choiceTable(statuses, ours, []);
  return { ours: o, partner: choiceTable(statuses, partner, []), pairs: o.total };
}

/** The status of each partner country's answers (a row per country, largest first, then by code). */
export function countryTables(statuses: readonly string[], groups: readonly AnswerGroup[]): { country: string; table: ChoiceTable }[] {
  const byCountry = new Map<string, Map<string, number>>();
  for (const g of groups) {
    const tally = byCountry.get(g.country) ?? new Map<string, number>();
    add(tally, g.status ?? UNANSWERED, g.n);
    byCountry.set(g.country, tally);
  }
  return [...byCountry]
    .map(([country, tally]) => ({ country, table: choiceTable(statuses, tally, [UNANSWERED], [UNANSWERED]) }))
    .sort((a, b) => b.table.total - a.table.total || a.country.localeCompare(b.country));
}

/**
 * The status-per-country table as a chart can show it: the `n` countries with the most answers, and the rest
 * together as one row (its own table, counted and shared like the others), so that the rows still sum to the answers.
 */
export function topCountries(
  statuses: readonly string[],
  tables: readonly { country: string; table: ChoiceTable }[],
  n: number,
): { top: { country: string; table: ChoiceTable }[]; others: { countries: number; table: ChoiceTable } | null } {
  if (tables.length <= n + 1) return { top: [...tables], others: null };
  const rest = tables.slice(n);
  const tally = new Map<string, number>();
  for (const { table } of rest) for (const r of table.rows) add(tally, r.key, r.count);
  return { top: tables.slice(0, n), others: { countries: rest.length, table: choiceTable(statuses, tally, [UNANSWERED], [UNANSWERED]) } };
}

/** A single-choice question's tally over the groups. */
export function tallyGroups(groups: readonly AnswerGroup[], key: (g: AnswerGroup) => string): Map<string, number> {
  const tally = new Map<string, number>();
  for (const g of groups) add(tally, key(g), g.n);
  return tally;
}
