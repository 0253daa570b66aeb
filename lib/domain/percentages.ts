/**
 * Shares of a total as percentages to one decimal that add up to exactly
 * 100.0 (the largest-remainder method): every share is rounded down to a
 * tenth, then the tenths still missing go to the largest remainders (ties:
 * the larger count, then the earlier row). An empty table is all zeros.
 */
export function largestRemainderPercentages(counts: readonly number[]): number[] {
  const total = counts.reduce((sum, n) => sum + n, 0);
  if (total <= 0) return counts.map(() => 0);
  const exact = counts.map((n) => (n * 1000) / total);
  const tenths = exact.map(Math.floor);
  let missing = 1000 - tenths.reduce((sum, n) => sum + n, 0);
  const order = exact
    .map((value, index) => ({ index, remainder: value - Math.floor(value), count: counts[index] ?? 0 }))
    .sort((a, b) => b.remainder - a.remainder || b.count - a.count || a.index - b.index);
  for (const { index } of order) {
    if (missing <= 0) break;
    tenths[index] = (tenths[index] ?? 0) + 1;
    missing -= 1;
  }
  return tenths.map((n) => n / 10);
}

export type PercentRow<K extends string> = { key: K; count: number; percent: number };

/** A table of counts by key, in the given key order, with largest-remainder percentages. */
export function percentTable<K extends string>(
  keys: readonly K[],
  counts: ReadonlyMap<K, number> | Partial<Record<K, number>>,
): PercentRow<K>[] {
  const get = (k: K) => (counts instanceof Map ? (counts.get(k) ?? 0) : ((counts as Partial<Record<K, number>>)[k] ?? 0));
  const values = keys.map(get);
  const percents = largestRemainderPercentages(values);
  return keys.map((key, i) => ({ key, count: values[i] ?? 0, percent: percents[i] ?? 0 }));
}
