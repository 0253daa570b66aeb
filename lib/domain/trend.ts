import type { ActivityTrend } from "./enums";

/**
 * The five-year trend the numbers imply: the mean of the last two years
 * against the mean of the first two (with a half-event smoothing, so that
 * 0 → 1 is not "infinitely" rising). `counts` is oldest first.
 */
export function trendFromCounts(counts: readonly number[]): ActivityTrend {
  if (counts.length < 2) return "about_same";
  const head = counts.slice(0, 2);
  const tail = counts.slice(-2);
  const mean = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
  const ratio = (mean(tail) + 0.5) / (mean(head) + 0.5);
  if (ratio >= 1.5) return "rising_fast";
  if (ratio > 1.1) return "rising_slowly";
  if (ratio >= 0.9) return "about_same";
  if (ratio > 2 / 3) return "falling_slowly";
  return "falling_fast";
}
